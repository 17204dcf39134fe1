using LienThong.Identity;

namespace LienThong.Host.Components;

/// <summary>Module assemblies that carry their own pages (routed by the host's router).</summary>
internal static class ModulePages
{
    public static readonly System.Reflection.Assembly[] Assemblies =
        [typeof(IdentityModule).Assembly, typeof(LienThong.Trust.TrustModule).Assembly, typeof(LienThong.Exchange.ExchangeModule).Assembly,
            typeof(LienThong.PublicServices.PublicServicesModule).Assembly, typeof(LienThong.Documents.DocumentsModule).Assembly,
            typeof(LienThong.Indicators.IndicatorsModule).Assembly];
}
