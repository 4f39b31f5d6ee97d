import { shuffled } from './agent-support.js';
/**
 * What `agent.create.variety` changes in the create and hybrid prompts: how far conversations may stray from the
 * excerpt, how many distinct kinds of user, which kinds of request, and how turn counts are spread.
 */
const PRESETS = {
    low: {
        personaCount: 1,
        grounding: 'Stay strictly within the excerpt: every question must be answerable from it, and every answer must rely only on what it says.',
        personas: 'All users are typical readers of this material who ask clearly and directly.',
        questionTypes: ['factual questions about specific details', 'requests to explain a term, rule or step it describes'],
        turns: 'Keep conversations short: use the low end of the range unless a follow-up question is natural.',
    },
    medium: {
        personaCount: 3,
        grounding: 'Stay grounded in the excerpt. Users may ask how to apply it or how its parts relate, and the assistant may add brief, uncontroversial general knowledge to make an answer complete, but it never contradicts the excerpt and never invents specifics (names, numbers, dates, versions, prices) that the excerpt does not give.',
        personas: 'Vary who is asking: about 3 different kinds of user (for example a newcomer, a practitioner with a concrete task, someone comparing options), each with their own tone and level of knowledge.',
        questionTypes: [
            'factual questions about specific details',
            'how-to requests',
            'why questions that ask for the reasoning',
            'troubleshooting a concrete problem',
            'comparisons between options the excerpt covers',
        ],
        turns: 'Spread the number of exchanges across the allowed range. Follow-up messages build on the previous answer (asking for detail, an example, a clarification, the next step).',
    },
    high: {
        personaCount: 5,
        grounding: 'Use the excerpt as a starting point, not a boundary: conversations may explore scenarios, edge cases and neighbouring topics that the excerpt implies, as long as the assistant stays consistent with it and does not present invented specifics as facts from it.',
        personas: 'Make the users clearly different: at least 5 kinds (for example a beginner, an expert checking a fine point, a skeptic who pushes back, someone in a hurry who writes tersely, someone describing their own situation in detail), with different tones, message lengths and levels of knowledge. Some users make a wrong assumption that the assistant politely corrects.',
        questionTypes: [
            'factual questions about specific details',
            'how-to requests',
            'why questions that ask for the reasoning',
            'troubleshooting a concrete problem',
            'comparisons and trade-offs',
            'what-if scenarios',
            'requests for a recommendation for the user\'s own situation',
            'requests to summarise or simplify',
            'questions built on a wrong assumption that needs correcting',
        ],
        turns: 'Use the whole allowed range of exchanges. In longer conversations the user may change direction, push back, or ask for an example.',
    },
};
/** Prompt placeholders for a variety level; question types are shuffled per call so batches differ in emphasis. */
export function varietyParams(variety, random) {
    const preset = PRESETS[variety];
    return {
        variety,
        persona_count: preset.personaCount,
        grounding_rule: preset.grounding,
        persona_rule: preset.personas,
        question_types: shuffled(preset.questionTypes, random).join('; '),
        turn_rule: preset.turns,
    };
}
//# sourceMappingURL=variety.js.map