import { apiJson, withApiKey } from "@/lib/api/handler";
import { organisationDetail } from "@/lib/api/represent";
import { getProviderProfileForBody } from "@/lib/register/provider-profile";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return withApiKey(request, async (caller) => {
    const { id } = await params;
    return apiJson(organisationDetail(await getProviderProfileForBody(caller.organisationId, id)));
  });
}
