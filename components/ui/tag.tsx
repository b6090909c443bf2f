const tones = {
  grey: "bg-[#e5e6e7] text-[#282d30]",
  blue: "bg-[#d2e2f1] text-[#0c2d4a]",
  green: "bg-[#cce2d8] text-[#005a30]",
  yellow: "bg-[#fff7bf] text-[#594d00]",
  red: "bg-[#f4cdc6] text-[#2a0b06]",
} as const;

export function Tag({ tone = "grey", children }: { tone?: keyof typeof tones; children: React.ReactNode }) {
  return <strong className={`inline-block px-2 py-0.5 text-base font-bold ${tones[tone]}`}>{children}</strong>;
}
