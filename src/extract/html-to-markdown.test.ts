import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './html-entities.js';
import { htmlToMarkdown } from './html-to-markdown.js';

describe('htmlToMarkdown', () => {
  it('keeps headings, paragraphs, nested and ordered lists', () => {
    const html = `<h1>Let’s swim!</h1><p>First   lay
      down.</p><ul><li>Relax<ul><li>nested <b>bold</b></li></ul></li><li><p>Paddle</p><p>more</p></li></ul>
      <ol start="3"><li>Wear</li><li>Drink</li></ol>`;
    expect(htmlToMarkdown(html)).toBe(
      ['# Let’s swim!', '', 'First lay down.', '', '- Relax', '  - nested bold', '- Paddle', '', '  more', '', '3. Wear', '4. Drink'].join('\n'),
    );
  });

  it('puts <dt> and <dd> on their own lines so an FAQ stays readable', () => {
    const html = '<dl><dt>What is Go?</dt><dd><p>A language.</p></dd><dt>Is it free?</dt><dd>Yes.</dd></dl>';
    expect(htmlToMarkdown(html)).toBe('What is Go?\nA language.\n\nIs it free?\nYes.');
  });

  it('writes a table row per line with cells separated by " | "', () => {
    const html = '<table><tr><th>Food</th><th>Calories</th></tr><tr><td><p>Leaves</p><p>(Ash)</p></td><td>50</td></tr></table><p>After</p>';
    expect(htmlToMarkdown(html)).toBe('Food | Calories\nLeaves (Ash) | 50\n\nAfter');
  });

  it('drops script, style, head and comments, and decodes entities', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title><style>p { color: red }</style></head>
      <body><script>if (a < b && c > d) { document.write("<p>no</p>") }</script><!-- hidden <p>x</p> -->
      <p>Fish &amp; chips &lt;3 &#8212; &#x1F600; &eacute;t&eacute; &nbsp;&unknown;</p><noscript>enable JS</noscript></body></html>`;
    expect(htmlToMarkdown(html)).toBe('Fish & chips <3 — 😀 été &unknown;');
  });

  it('keeps <pre> verbatim as a fenced block and honours <br>', () => {
    const html = '<p>Run:</p><pre><code>if x &lt; 1 {\n    <span>y()</span>\n}</code></pre><p>a<br>b<br><br>c</p><hr><blockquote><p>quoted</p></blockquote>';
    expect(htmlToMarkdown(html)).toBe(['Run:', '', '```', 'if x < 1 {', '    y()', '}', '```', '', 'a', 'b', '', 'c', '', '---', '', '> quoted'].join('\n'));
  });

  it('survives broken markup: stray <, unclosed tags, image alt text', () => {
    expect(htmlToMarkdown('<p>1 < 2 and <b>bold <i>open<p>next <img alt="A duck" src=x>')).toBe('1 < 2 and bold open\n\nnext [Image: A duck]');
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes numeric and named references and leaves unknown ones', () => {
    expect(decodeHtmlEntities('&#65;&#x42;&copy;&amp;amp;&#0;&bogus;')).toBe('AB©&amp;\ufffd&bogus;');
  });
});
