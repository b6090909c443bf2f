import { apiAwardByCode } from "@/lib/api/award-by-code";
import { apiJson, withApiKey } from "@/lib/api/handler";

type Context = { params: Promise<{ code: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return withApiKey(request, async () => {
    const { code } = await params;
    return apiJson(await apiAwardByCode(code));
  });
}
