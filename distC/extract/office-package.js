import { EncryptedDocumentError, ExtractionError } from '../errors/errors.js';
import { checkZipDeclaredSize, DEFAULT_MAX_DECLARED_BYTES, isZip, ZipFormatError } from './zip-archive.js';
/**
 * Checks shared by the Office Open XML / ODF extractors before a parser sees the bytes:
 * password-protected files (which are OLE compound files holding an `EncryptedPackage` stream,
 * [MS-OFFCRYPTO] 2.3.4: https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-offcrypto/),
 * legacy binary files with a new-format extension, non-ZIP input, and archives that declare too much content.
 */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export function isCompoundFile(bytes) {
    return CFB_SIGNATURE.every((byte, index) => bytes[index] === byte);
}
/** True when a compound file holds an `EncryptedPackage` stream (stream names are UTF-16LE). */
export function hasEncryptedPackage(bytes) {
    const name = Buffer.from('EncryptedPackage', 'utf16le');
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(name) !== -1;
}
export function assertOfficeZipPackage(bytes, check) {
    const fail = (reason, cause, code) => new ExtractionError(check.displayPath, reason, { extractorId: check.extractorId, cause, code });
    if (isCompoundFile(bytes)) {
        if (hasEncryptedPackage(bytes))
            throw new EncryptedDocumentError(check.displayPath, { extractorId: check.extractorId });
        throw fail(`this is an old binary Office file (${check.legacyName}), not ${check.formatName}; open it and save it as ${check.formatName}`);
    }
    if (!isZip(bytes)) {
        throw fail(`this is not a valid ${check.formatName} file (it is not a ZIP package); the file is damaged or has the wrong extension`);
    }
    try {
        checkZipDeclaredSize(bytes, check.maxDeclaredBytes ?? DEFAULT_MAX_DECLARED_BYTES);
    }
    catch (error) {
        throw zipError(error, check);
    }
}
/** Maps a `ZipFormatError` (or anything else) to a plain-words `ExtractionError`. */
export function zipError(error, check) {
    if (error instanceof ExtractionError)
        return error;
    if (error instanceof ZipFormatError) {
        if (error.kind === 'encrypted')
            return new EncryptedDocumentError(check.displayPath, { extractorId: check.extractorId, cause: error });
        const code = error.kind === 'too-large' ? 'file_too_large' : undefined;
        const hint = error.kind === 'too-large' ? 'refusing to unpack it' : `the ${check.formatName} file is damaged; re-save it from the original application`;
        return new ExtractionError(check.displayPath, `${error.message}; ${hint}`, { extractorId: check.extractorId, cause: error, code });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new ExtractionError(check.displayPath, `could not read this ${check.formatName} file (${message.split('\n', 1)[0]}); it may be damaged — re-save it from the original application`, { extractorId: check.extractorId, cause: error });
}
//# sourceMappingURL=office-package.js.map