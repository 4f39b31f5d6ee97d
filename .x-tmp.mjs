import { XMLParser, XMLValidator } from 'fast-xml-parser';
const p = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, htmlEntities: true });
console.log(JSON.stringify(p.parse('<a:p xmlns:a="x"><a:t xml:space="preserve"> Hello &amp; &#x263A; &#9731; &lt;b&gt; &nbsp;x &quot;</a:t></a:p>')));
console.log(XMLValidator.validate('<a><b></a>'));
console.log(XMLValidator.validate('<a><b>'));
