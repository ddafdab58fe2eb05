// How large a file of lines or areas may be: checked before the file is read, apart from the reader itself,
// which is loaded only when a file comes.

/** Larger than any front line or country outline a newsroom publishes; a file past it is not read. */
export const MAX_AREA_FILE_BYTES = 10e6;
