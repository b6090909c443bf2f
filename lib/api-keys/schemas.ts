import { z } from "zod";

export const apiKeyNameSchema = z.object({
  name: z.string().trim().min(1, { error: "Enter a name for the key, such as the system that will use it" }).max(80, { error: "The name must be 80 characters or fewer" }),
});

export type ApiKeyNameInput = z.input<typeof apiKeyNameSchema>;
