import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { requireRole } from "@/lib/access/require-role";
import { listApiKeys } from "@/lib/api-keys/api-keys";
import { todayInLondon, formatIsoDate } from "@/lib/dates";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { Tag } from "@/components/ui/tag";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

const day = (date: Date) => formatIsoDate(todayInLondon(date));

export default async function ApiKeysPage() {
  const actor = await requireRole("COMMISSIONER");
  const keys = await orNotFound(listApiKeys(actor));
  return (
    <>
      <p><Link href="/commissioner">Back to the register</Link></p>
      <h1>API keys</h1>
      <p className="text-xl">Keys let your own systems read the register through the <Link href="/api-docs">read-only JSON API</Link>. Anyone holding a key can use it, so revoke any key you no longer need.</p>
      <CreateApiKeyForm action={createApiKeyAction} />
      <h2>Your commissioning body&apos;s keys</h2>
      {keys.length === 0 ? (
        <p>There are no keys yet.</p>
      ) : (
        <table className="w-full border-collapse mb-8">
          <caption className="sr-only">API keys</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Starts with</th>
              <th scope="col" className="py-2 pr-4">Created</th>
              <th scope="col" className="py-2 pr-4">Last used</th>
              <th scope="col" className="py-2"><span className="sr-only">Revoke</span></th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id} className="border-b border-border align-top">
                <td className="py-2 pr-4">{key.name}</td>
                <td className="py-2 pr-4 font-mono">{key.prefix}…</td>
                <td className="py-2 pr-4">{day(key.createdAt)}{key.createdByName ? ` by ${key.createdByName}` : ""}</td>
                <td className="py-2 pr-4">{key.lastUsedAt ? day(key.lastUsedAt) : "Never"}</td>
                <td className="py-2">
                  {key.revokedAt ? (
                    <Tag>{`Revoked ${day(key.revokedAt)}`}</Tag>
                  ) : (
                    <ActionButtonForm action={revokeApiKeyAction.bind(null, key.id)} id={`revoke-${key.id}`} label={`Revoke ${key.name}`} variant="warning" />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
