// The upload limits and their messages, shared by the form (which checks the size before
// sending, so a huge file never reaches the server) and the server's content check.

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What the file input accepts, as a hint to the browser's file picker (the server decides). */
export const ACCEPT_ATTRIBUTE = ".pdf,.doc,.docx,.odt,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv";

export const ALLOWED_TYPES_SENTENCE = "a PDF, a Word document, an OpenDocument text file (ODT), an image (PNG, JPEG, GIF or WebP), a plain text file or a CSV file";

export const FILE_MESSAGES = {
  missing: "Select a file to upload",
  empty: "The selected file is empty",
  tooBig: "The selected file must be smaller than 20 MB",
  notAllowed: `The selected file must be ${ALLOWED_TYPES_SENTENCE}`,
} as const;
