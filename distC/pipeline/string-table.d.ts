/**
 * Strings numbered in order of first use, so columns of repeated strings (origins, file names, keywords) can be kept
 * or sent between threads as numbers plus one list of strings.
 */
export declare class StringTable {
    readonly strings: string[];
    private readonly ids;
    /** The number of `text` (added when new); -1 for undefined. */
    intern(text: string | undefined): number;
}
