/** Hands a file the API produced (a statement export) to the browser as a download. */
export function download({ filename, contentType, content }: { filename: string; contentType: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([content], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
