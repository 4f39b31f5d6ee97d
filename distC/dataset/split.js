import { createSeededRandom, shuffleInPlace } from './random.js';
export function groupKey(sample, weightBy) {
    if (weightBy === 'source')
        return sample.sourceFile ?? '(no source)';
    return sample.topicKeywords[0]?.toLowerCase() ?? '(no keyword)';
}
/**
 * Split samples into train/validation. `random`: one seeded shuffle of everything.
 * `weighted`: every group (source file, or first topic keyword) is split at the ratio on its own,
 * so each group appears in both files in proportion.
 */
export function splitSamples(samples, options) {
    if (!(options.ratio > 0 && options.ratio < 1))
        throw new RangeError(`split ratio must be in (0, 1), got ${options.ratio}`);
    const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
    const random = createSeededRandom(seed);
    const assignments = new Map();
    const groups = [];
    const smallGroups = [];
    const notes = [];
    const minGroup = options.minGroupForValidation ?? 2;
    const assignGroup = (name, members, isWhole) => {
        const shuffled = shuffleInPlace([...members], random);
        const tooSmall = !isWhole && members.length < minGroup;
        let validationCount = tooSmall ? 0 : Math.round(members.length * (1 - options.ratio));
        if (!tooSmall && validationCount === 0 && members.length >= 2 && !isWhole)
            validationCount = 1;
        if (validationCount >= members.length)
            validationCount = members.length - 1;
        validationCount = Math.max(0, validationCount);
        shuffled.forEach((sample, index) => assignments.set(sample.id, index < validationCount ? 'validation' : 'train'));
        groups.push({ group: name, total: members.length, train: members.length - validationCount, validation: validationCount, tooSmall });
        if (tooSmall)
            smallGroups.push(name);
    };
    if (options.strategy === 'random') {
        assignGroup('(all)', [...samples], true);
    }
    else {
        const weightBy = options.weightBy ?? 'source';
        const byGroup = new Map();
        for (const sample of samples) {
            const key = groupKey(sample, weightBy);
            const list = byGroup.get(key);
            if (list)
                list.push(sample);
            else
                byGroup.set(key, [sample]);
        }
        for (const [name, members] of [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b)))
            assignGroup(name, members, false);
        if (smallGroups.length > 0) {
            notes.push(`${smallGroups.length} group(s) had fewer than ${minGroup} samples; all their samples went to train: ${smallGroups.slice(0, 10).join(', ')}${smallGroups.length > 10 ? ', ...' : ''}`);
        }
    }
    let validation = [...assignments.values()].filter((split) => split === 'validation').length;
    if (options.maxValidation !== undefined && validation > options.maxValidation) {
        const excess = validation - options.maxValidation;
        const validationIds = shuffleInPlace([...assignments].filter(([, split]) => split === 'validation').map(([id]) => id), random);
        for (const id of validationIds.slice(0, excess))
            assignments.set(id, 'train');
        notes.push(`validation capped at the target's limit of ${options.maxValidation} examples; ${excess} moved to train`);
        validation = options.maxValidation;
    }
    const train = assignments.size - validation;
    if (options.maxTrain !== undefined && train > options.maxTrain) {
        notes.push(`train has ${train} examples, over the target's limit of ${options.maxTrain}`);
    }
    return { assignments, seed, train, validation, groups, smallGroups, notes };
}
/** Count samples per group (for the distribution shown before splitting). */
export function distribution(samples, weightBy) {
    const counts = {};
    for (const sample of samples) {
        const key = groupKey(sample, weightBy);
        counts[key] = (counts[key] ?? 0) + 1;
    }
    return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
}
//# sourceMappingURL=split.js.map