import type { Role } from '../dataset/types.js';
export type SpeakerClass = {
    kind: 'role';
    role: Role;
} | {
    kind: 'named';
    weak?: true;
};
/** Lower-case words of a label: `[[USER_NAME]]` → `user name`, `Support-Agent` → `support agent`. */
export declare function normalizeLabel(label: string): string;
/** Classify a raw label (text before the colon). Undefined: not a speaker label. */
export declare function classifySpeaker(label: string): SpeakerClass | undefined;
