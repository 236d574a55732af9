namespace FeedBot.Worker.Serving;

/// <summary>The home page's only style sheet, inline: system fonts, one column from 320 px up, AA contrast, visible focus.</summary>
internal static class HomeStyles
{
    public const string Css = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:#f4f5f7;color:#1b1f24;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
        header,main,footer{max-width:48rem;margin:0 auto;padding:0 1rem}
        header{padding-top:1.25rem}
        h1{font-size:1.5rem;line-height:1.25;margin:0 0 .5rem}
        h2{font-size:1.25rem;line-height:1.3;margin:0 0 .75rem}
        h3{font-size:1.05rem;line-height:1.35;margin:1rem 0 .5rem}
        .source h3{margin-top:0}
        main>section:not(.card)>h2{margin-top:1.5rem}
        p{margin:.5rem 0}
        a{color:#0a4fa3;text-underline-offset:.15em}
        a:visited{color:#5b2a86}
        a:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid #c2410c;outline-offset:2px;border-radius:2px}
        .card{background:#fff;border:1px solid #d5d9e0;border-radius:.5rem;padding:1rem;margin:1rem 0}
        .muted{color:#4a5360;font-size:.92rem}
        .row{display:flex;gap:.5rem;margin:.35rem 0}
        label{font-weight:600}
        input[type=search]{flex:1;min-width:0;font:inherit;padding:.6rem .7rem;border:2px solid #5d6673;border-radius:.4rem;background:#fff;color:inherit}
        button{font:inherit;font-weight:600;padding:.6rem 1.1rem;border:0;border-radius:.4rem;background:#0a4fa3;color:#fff;cursor:pointer}
        button:hover{background:#083e80}
        .error{color:#9f1239;background:#fff1f2;border-left:4px solid #9f1239;padding:.5rem .75rem}
        .items{list-style:none;margin:0;padding:0}
        .items li{padding:.75rem 0;border-top:1px solid #e3e6eb}
        .items li:first-child{border-top:0;padding-top:.25rem}
        .items .t{font-weight:600;font-size:1.05rem;line-height:1.4;text-decoration-thickness:1px}
        .items p{margin:.25rem 0 0}
        .meta{color:#4a5360;font-size:.9rem;margin-top:.15rem}
        .links{list-style:none;margin:.25rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
        .people{list-style:none;margin:.25rem 0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.5rem}
        .people>li{padding:.5rem .6rem;border:1px solid #d5d9e0;border-radius:.5rem}
        .people .p{display:block;font-weight:600;line-height:1.3;text-decoration:none}
        .people .p:hover{text-decoration:underline}
        .people .muted{margin:.4rem 0 0}
        .links a{display:inline-block;padding:.4rem .75rem;border:1px solid #b8c0cc;border-radius:999px;background:#fff;text-decoration:none;line-height:1.3}
        .plain{margin:.25rem 0;padding-left:1.25rem}
        .links a:hover{border-color:#0a4fa3;text-decoration:underline}
        .people .role{display:block;color:#4a5360;font-size:.85rem;font-weight:400}
        .links .tg{background:#e8f3fb;border-color:#8cc4ea}
        code{font-size:.85rem;background:#eef0f3;padding:.05rem .3rem;border-radius:.25rem}
        footer{padding-bottom:2rem}
        @media (max-width:400px){header,main,footer{padding-left:.75rem;padding-right:.75rem}.card{padding:.85rem}}
        """;
}
