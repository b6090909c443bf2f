"use client";
import type { UseFormRegister } from "react-hook-form";
import type { EvidenceFormInput } from "@/lib/evidence/schemas";
import { Checkbox, CheckboxGroup } from "@/components/ui/checkboxes";
import { Radios } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";

type Props = { register: UseFormRegister<EvidenceFormInput>; error: (field: string) => string | undefined; aboutNamedPerson: string };

/**
 * For stories and feedback: whether the evidence names a person and, if it does, a record that
 * they agreed. People's stories are theirs; we keep them only with their permission.
 */
export function ConsentFields({ register, error, aboutNamedPerson }: Props) {
  return (
    <Radios
      name="aboutNamedPerson"
      legend="Is this about a named person?"
      hint="For example, a story that gives someone's name, or feedback signed by a carer."
      error={error("aboutNamedPerson")}
      checked={aboutNamedPerson}
      inputProps={register("aboutNamedPerson")}
      items={[
        {
          value: "yes",
          label: "Yes",
          conditional: (
            <>
              <CheckboxGroup id="consent" legend="Their agreement" error={error("consentGiven")}>
                <Checkbox
                  id="consentGiven"
                  label="The person agreed to this being kept and shared as evidence for the quality mark"
                  inputProps={{ value: "yes", ...register("consentGiven") }}
                />
              </CheckboxGroup>
              <TextArea
                id="consentNote"
                label="How their agreement was recorded (optional)"
                hint="For example: signed consent form, kept in their file; or agreed by email on 3 March."
                rows={3}
                error={error("consentNote")}
                {...register("consentNote")}
              />
            </>
          ),
        },
        { value: "no", label: "No", hint: "Leave out their name and anything else that could identify them." },
      ]}
    />
  );
}
