// Reads the evidence form's FormData for the services: the text fields, every ticked criterion
// (FormData repeats a name for each ticked box) and the uploaded file.
import type { Upload } from "@/lib/evidence/uploads";

/** The form's fields as the evidence schema takes them. */
export function evidenceInputFrom(formData: FormData, values: Record<string, string>): Record<string, unknown> {
  return { ...values, criterionIds: formData.getAll("criterionIds").filter((v): v is string => typeof v === "string") };
}

/** The uploaded file, if the form had a file input; an input left empty gives an empty upload. */
export async function uploadFrom(formData: FormData): Promise<Upload | null> {
  const file = formData.get("file");
  if (!file || typeof file === "string") return null;
  // A file input left empty posts a part with an empty filename, which Next.js's multipart parser
  // turns into a File named "undefined"; either way, nothing was chosen.
  if (file.size === 0 && (file.name === "" || file.name === "undefined")) return { filename: "", bytes: new Uint8Array() };
  return { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
