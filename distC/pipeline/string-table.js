/**
 * Strings numbered in order of first use, so columns of repeated strings (origins, file names, keywords) can be kept
 * or sent between threads as numbers plus one list of strings.
 */
export class StringTable {
    strings = [];
    ids = new Map();
    /** The number of `text` (added when new); -1 for undefined. */
    intern(text) {
        if (text === undefined)
            return -1;
        let id = this.ids.get(text);
        if (id === undefined) {
            id = this.strings.length;
            this.strings.push(text);
            this.ids.set(text, id);
        }
        return id;
    }
}
//# sourceMappingURL=string-table.js.map