namespace CaseFlow.Simulator;

/// <summary>Sample data the simulated county draws on: its departments and the kinds of case it hands down (township category ids).</summary>
internal static class CountySamples
{
    public static IReadOnlyList<string> Departments { get; } =
        ["县医疗保障局", "县教育局", "县交通运输局", "国网云和县供电公司", "县人力资源和社会保障局", "县市场监督管理局"];

    public static IReadOnlyList<string> Callers { get; } = ["蓝先生", "雷女士", "钟大伯", "叶女士", "吴先生", "陈阿姨"];

    public static IReadOnlyList<HandDown> HandDowns { get; } =
    [
        new("sanitation", "垃圾清运不及时", "来电反映村口垃圾桶多日未清运，气味较大", "雾溪村村口"),
        new("roadside-clutter", "路边乱堆放", "来电反映公路边堆放建筑垃圾，影响通行", "雾溪乡公路沿线"),
        new("neighbour-dispute", "邻里纠纷", "来电反映邻居占用公共通道，协商未果", "坪垟岗村"),
        new("elderly-care", "独居老人照料", "来电反映村里独居老人无人照料，请求帮助", "雾溪乡"),
        new("unlicensed-business", "无证经营", "来电反映有流动摊贩无证售卖食品", "雾溪乡集镇"),
    ];

    /// <summary>The county department that handles a county-jurisdiction category, when the simulator knows it.</summary>
    public static string? DepartmentFor(string category) => category switch
    {
        "medical-insurance" => "县医疗保障局",
        "school-enrolment" => "县教育局",
        "county-road-maintenance" => "县交通运输局",
        "power-supply" => "国网云和县供电公司",
        _ => null,
    };

    /// <summary>A kind of case the county hands down.</summary>
    /// <param name="Category">The township's category id.</param>
    /// <param name="Title">Summary.</param>
    /// <param name="Description">What the caller said.</param>
    /// <param name="Location">Where.</param>
    public sealed record HandDown(string Category, string Title, string Description, string Location);
}
