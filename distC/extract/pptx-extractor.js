import { posix } from 'node:path';
import { ExtractionError, isAbortError } from '../errors/errors.js';
import { assertOfficeZipPackage, zipError } from './office-package.js';
import { commentTexts, notesText, slideContent } from './pptx-slide-text.js';
import { errorText, loadInput, throwIfAborted } from './read-input.js';
import { DocumentTextBuilder } from './text-units.js';
import { createXmlParser } from './xml-tree.js';
import { DEFAULT_MAX_INFLATED_BYTES, ZipArchive, ZipFormatError } from './zip-archive.js';
/**
 * PowerPoint (.pptx) on fflate + fast-xml-parser (DEPENDENCIES.md: existing packages miss tables/notes).
 * Slide order comes from `p:sldIdLst` in the presentation part and its relationships (ECMA-376 Part 1
 * §19.2.1.34; Open Packaging Conventions, Part 2 §9.3 relationships). One unit per slide:
 * `## Slide N: Title`, body text, tables, charts, then `### Notes` and `### Comments`.
 * Only the XML parts needed are inflated, against a budget (zip-bomb guard).
 */
const ID = 'pptx';
const FORMAT_NAME = 'PowerPoint (.pptx)';
const REL_OFFICE_DOCUMENT = '/officeDocument';
const REL_NOTES = '/notesSlide';
const REL_COMMENTS = '/comments';
export function createPptxExtractor(settings = {}) {
    return {
        id: ID,
        extensions: ['.pptx', '.pptm'],
        mediaTypes: [
            'application/vnd.openxmlformats-officedocument.presentationml.presentation',
            'application/vnd.ms-powerpoint.presentation.macroEnabled.12',
        ],
        extract: (input, options) => extractPptx(input, options, settings.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES),
        // The worker calls the factory with the same settings (plain data, cloned).
        worker: { moduleUrl: import.meta.url, exportName: 'createPptxExtractor', factoryArgument: { ...settings } },
    };
}
export const pptxExtractor = createPptxExtractor();
async function extractPptx(input, options = {}, maxInflatedBytes) {
    const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
    const check = { displayPath, extractorId: ID, formatName: FORMAT_NAME, legacyName: '.ppt' };
    const fail = (reason, cause) => new ExtractionError(displayPath, reason, { extractorId: ID, cause });
    assertOfficeZipPackage(bytes, check);
    const warnings = [];
    const builder = new DocumentTextBuilder();
    let slideCount = 0;
    try {
        const archive = await ZipArchive.open(bytes, { maxInflatedBytes });
        const parse = await createXmlParser();
        const readPart = (name) => {
            const xml = archive.readText(name);
            return xml === undefined ? undefined : parse(xml);
        };
        const relationships = (part) => {
            const rels = readPart(posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`));
            if (!rels)
                return [];
            return rels.children
                .filter((node) => node.local === 'Relationship' && node.attributes['TargetMode'] !== 'External')
                .map((node) => ({
                id: node.attributes['Id'] ?? '',
                type: node.attributes['Type'] ?? '',
                target: resolveTarget(part, node.attributes['Target'] ?? ''),
            }));
        };
        const presentationPath = relationships('').find((rel) => rel.type.endsWith(REL_OFFICE_DOCUMENT))?.target ?? 'ppt/presentation.xml';
        let presentation;
        try {
            presentation = readPart(presentationPath);
        }
        catch (error) {
            throw fail(`the presentation part (${presentationPath}) is damaged: ${errorText(error)}; re-save the file in PowerPoint`, error);
        }
        if (!presentation)
            throw fail(`this is not a PowerPoint presentation (${presentationPath} is missing); the file is damaged or is another kind of ZIP`);
        const presentationRels = new Map(relationships(presentationPath).map((rel) => [rel.id, rel]));
        const slideIds = presentation.children.find((node) => node.local === 'sldIdLst')?.children.filter((node) => node.local === 'sldId') ?? [];
        slideCount = slideIds.length;
        let failed = 0;
        for (const [position, slideId] of slideIds.entries()) {
            throwIfAborted(options.signal);
            const index = position + 1;
            const relId = Object.entries(slideId.attributes).find(([key]) => key.endsWith(':id'))?.[1];
            const slidePath = relId ? presentationRels.get(relId)?.target : undefined;
            try {
                const slide = slidePath ? readPart(slidePath) : undefined;
                if (!slidePath || !slide)
                    throw new Error('the slide part is missing');
                const slideRels = relationships(slidePath);
                const byId = new Map(slideRels.map((rel) => [rel.id, rel]));
                const content = slideContent(slide, (id) => {
                    const target = byId.get(id)?.target;
                    return target ? readPart(target) : undefined;
                });
                const sections = [`## Slide ${index}${content.title ? `: ${content.title}` : ''}`];
                if (content.lines.length > 0)
                    sections.push(content.lines.join('\n'));
                const notesPart = slideRels.find((rel) => rel.type.endsWith(REL_NOTES));
                const notes = notesPart ? readPart(notesPart.target) : undefined;
                const noteLines = notes ? notesText(notes) : [];
                if (noteLines.length > 0)
                    sections.push(`### Notes\n${noteLines.join('\n')}`);
                const comments = slideRels
                    .filter((rel) => rel.type.endsWith(REL_COMMENTS))
                    .flatMap((rel) => {
                    const part = readPart(rel.target);
                    return part ? commentTexts(part) : [];
                });
                if (comments.length > 0)
                    sections.push(`### Comments\n${comments.map((text) => `- ${text}`).join('\n')}`);
                builder.addUnit('slide', sections.join('\n\n'), { index, ...(content.title ? { title: content.title } : {}) });
            }
            catch (error) {
                // A zip-level problem (bomb, corrupt entry) concerns the whole file, not this slide.
                if (isAbortError(error) || error instanceof ZipFormatError)
                    throw error;
                failed++;
                warnings.push(`slide ${index} could not be read and was skipped (${errorText(error)})`);
            }
        }
        if (slideCount > 0 && failed === slideCount) {
            throw fail(`none of the ${slideCount} slides could be read (${warnings[0] ?? 'unknown problem'}); the file is damaged — re-save it in PowerPoint`);
        }
    }
    catch (error) {
        if (isAbortError(error))
            throw error;
        throw zipError(error, check);
    }
    const { text, units } = builder.build();
    if (units.length === 0)
        warnings.push(slideCount === 0 ? 'the presentation has no slides' : 'no extractable text on any slide');
    return { sourceFile: sourceName, format: ID, text, units, warnings, metadata: { slideCount } };
}
/** A relationship target relative to its source part (OPC Part 2 §9.3.2); package-absolute when it starts with `/`. */
function resolveTarget(sourcePart, target) {
    if (target.startsWith('/'))
        return target.slice(1);
    return posix.normalize(posix.join(posix.dirname(sourcePart), target)).replace(/^(\.\.\/)+/, '');
}
//# sourceMappingURL=pptx-extractor.js.map