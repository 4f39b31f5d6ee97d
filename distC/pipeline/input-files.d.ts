export interface InputFile {
    /** Absolute path. */
    path: string;
    /** Path relative to the input folder, with `/` separators: the sample's `source_file`. */
    name: string;
    bytes: number;
}
/** Every file under `dir` (recursively), sorted by name; dot-files and OS litter skipped. */
export declare function listInputFiles(dir: string): Promise<InputFile[]>;
/** SHA-1 over every file's name and bytes: resume refuses to continue when this changes. */
export declare function hashInputFiles(files: InputFile[]): Promise<string>;
