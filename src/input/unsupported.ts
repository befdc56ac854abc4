/**
 * Formats that plans are sent in but that this tool cannot read, by extension, with what to
 * convert them to. Refused with one line naming both, instead of being read as text.
 */
const OCR = 'get the plan as text, .docx or PDF, or run OCR on the image first';

const unsupported: Readonly<Record<string, { name: string; convert: string }>> = {
  '.ofd': { name: 'OFD', convert: 'export it as PDF or .docx' },
  '.wps': { name: 'WPS Writer', convert: 'save it as .docx or .doc in WPS Office' },
  '.rtf': { name: 'RTF', convert: 'save it as .docx' },
  '.png': { name: 'PNG image', convert: OCR },
  '.jpg': { name: 'JPEG image', convert: OCR },
  '.jpeg': { name: 'JPEG image', convert: OCR },
  '.tif': { name: 'TIFF image', convert: OCR },
  '.tiff': { name: 'TIFF image', convert: OCR },
  '.gif': { name: 'GIF image', convert: OCR },
  '.bmp': { name: 'BMP image', convert: OCR },
  '.webp': { name: 'WebP image', convert: OCR },
};

/**
 * The reason a format is refused, named by its usual extension, or undefined if it is not one
 * of the known unsupported formats. `shown` is the file's own extension when the bytes told.
 */
export function unsupportedReason(ext: string, shown = ext): string | undefined {
  const format = unsupported[ext];
  return format && `${shown} (${format.name}) is not supported: ${format.convert}`;
}
