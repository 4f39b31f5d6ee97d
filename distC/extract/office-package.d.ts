import { ExtractionError } from '../errors/errors.js';
export declare function isCompoundFile(bytes: Uint8Array): boolean;
/** True when a compound file holds an `EncryptedPackage` stream (stream names are UTF-16LE). */
export declare function hasEncryptedPackage(bytes: Uint8Array): boolean;
export interface OfficePackageCheck {
    displayPath: string;
    extractorId: string;
    /** What the user should call the format in messages, e.g. `Word (.docx)`. */
    formatName: string;
    /** Name of the legacy binary format, e.g. `.doc`, when the extension says new format. */
    legacyName: string;
    maxDeclaredBytes?: number;
}
export declare function assertOfficeZipPackage(bytes: Uint8Array, check: OfficePackageCheck): void;
/** Maps a `ZipFormatError` (or anything else) to a plain-words `ExtractionError`. */
export declare function zipError(error: unknown, check: Pick<OfficePackageCheck, 'displayPath' | 'extractorId' | 'formatName'>): ExtractionError;
