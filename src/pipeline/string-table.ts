/**
 * Strings numbered in order of first use, so columns of repeated strings (origins, file names, keywords) can be kept
 * or sent between threads as numbers plus one list of strings.
 */
export class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The number of `text` (added when new); -1 for undefined. */
  intern(text: string | undefined): number {
    if (text === undefined) return -1;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.ids.set(text, id);
    }
    return id;
  }
}
