"use client";
import type { UseFormRegister } from "react-hook-form";
import type { EvidenceFormInput } from "@/lib/evidence/schemas";
import { KIND_HINTS, KIND_LABELS, EVIDENCE_KINDS, type EvidenceKind } from "@/lib/evidence/labels";
import { ACCEPT_ATTRIBUTE, ALLOWED_TYPES_SENTENCE } from "@/lib/evidence/upload-rules";
import { formatSize } from "@/lib/evidence/describe-history";
import { FieldShell, TextField, describedBy } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";

type Props = {
  register: UseFormRegister<EvidenceFormInput>;
  error: (field: string) => string | undefined;
  /** The chosen kind; for an edit it is fixed and only its own field is shown. */
  kind: string;
  fixedKind?: EvidenceKind;
  currentFile?: { filename: string; size: number } | null;
};

/** The file, web address or account, depending on the kind of evidence. */
export function KindFields({ register, error, kind, fixedKind, currentFile }: Props) {
  const fieldFor = (k: EvidenceKind) => {
    if (k === "FILE") return <FileField error={error("file")} replacing={currentFile ?? null} />;
    if (k === "LINK") return <TextField id="url" label="Web address" hint="Starts with https:// or http://, like https://www.example.org/report" type="url" spellCheck={false} error={error("url")} {...register("url")} />;
    return <TextArea id="body" label="The account" hint="Write it in the person's own words where you can. Leave out names unless the person agreed." rows={8} error={error("body")} {...register("body")} />;
  };
  if (fixedKind) return fieldFor(fixedKind);
  return (
    <Radios
      name="kind"
      legend={<h2 className="text-2xl m-0">What are you adding?</h2>}
      legendClassName=""
      error={error("kind")}
      checked={kind}
      inputProps={register("kind")}
      items={EVIDENCE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k], hint: KIND_HINTS[k], conditional: fieldFor(k) }))}
    />
  );
}

function FileField({ error, replacing }: { error: string | undefined; replacing: { filename: string; size: number } | null }) {
  const hint = `${replacing ? `The current file is ${replacing.filename} (${formatSize(replacing.size)}). Choose a file only if you want to replace it. ` : ""}It must be ${ALLOWED_TYPES_SENTENCE}, smaller than 20 MB.`;
  return (
    <FieldShell id="file" label={replacing ? "Replace the file (optional)" : "Upload a file"} hint={hint} error={error}>
      <input
        id="file"
        name="file"
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("file", hint, error)}
        className={`block text-lg ${error ? "border-2 border-error p-1" : ""}`}
      />
    </FieldShell>
  );
}
