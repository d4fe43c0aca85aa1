/// Every message `waymark import` prints, in English and Simplified Chinese. Kept apart from
/// `CommandStrings` so the import command's texts sit together.
public enum ImportCommandStrings {
    public static let table: [String: LocalizedText] = [
        "usage": LocalizedText(
            en: """
            Usage: waymark import FILE... --from SOURCE [options]

            Creates or updates items under content/ from CRM exports. Items are matched by crm_id, so
            importing again updates the fields from the CRM and keeps the Markdown body written by hand.

            Sources (--from):
              salesforce   Salesforce opportunities (Data Loader export or opportunity report)
              hubspot      HubSpot deals
              maven        Maven Analytics sales_pipeline.csv
              maven-teams  Maven Analytics sales_teams.csv: one rep per agent and manager
              csv          any CSV file; needs --mapping
              json         a roadmap JSON file or folder of JSON files (Microsoft 365 roadmap items)

            Options:
              --from SOURCE               The kind of export (required)
              --mapping FILE.yml          Column and stage mapping; with a preset, it adds to the preset
              --site DIR                  The site folder holding roadmap.yml and content/ (default: .)
              --encoding NAME             utf-8, gb18030 or windows-1252 (default: detected)
              --delimiter ','|';'|tab     The CSV delimiter (default: detected)
              --date-order mdy|dmy        Order of day and month in dates such as 03/04/2027 (default: decided per column)
              --dry-run                   Print what would change without writing
              --lang zh-CN|en             Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)
              -h, --help                  Show this help

            The mapping file format is described in docs/import.md.
            """,
            zh: """
            用法：waymark import 文件... --from 来源 [选项]

            根据 CRM 导出文件在 content/ 下创建或更新条目。条目按 crm_id 匹配，再次导入时会更新来自 CRM
            的字段，并保留手写的 Markdown 正文。

            来源（--from）：
              salesforce   Salesforce 商机（Data Loader 导出或商机报表）
              hubspot      HubSpot 交易
              maven        Maven Analytics 的 sales_pipeline.csv
              maven-teams  Maven Analytics 的 sales_teams.csv：每位销售和经理各生成一个销售代表
              csv          任意 CSV 文件，需要 --mapping
              json         路线图 JSON 文件或 JSON 文件夹（Microsoft 365 路线图条目）

            选项：
              --from 来源                 导出文件的类型（必填）
              --mapping 文件.yml          列和阶段的映射；与预设同用时在预设基础上补充
              --site 目录                 包含 roadmap.yml 和 content/ 的站点目录（默认：当前目录）
              --encoding 编码             utf-8、gb18030 或 windows-1252（默认：自动识别）
              --delimiter ','|';'|tab     CSV 分隔符（默认：自动识别）
              --date-order mdy|dmy        03/04/2027 这类日期中月和日的顺序（默认：按列判断）
              --dry-run                   只显示将要发生的变更，不写入
              --lang zh-CN|en             消息语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）
              -h, --help                  显示本帮助

            映射文件的格式见 docs/import.zh-CN.md。
            """
        ),
        "missingFiles": LocalizedText(
            en: "no file to import; name one or more CSV or JSON files",
            zh: "没有要导入的文件；请指定一个或多个 CSV 或 JSON 文件"
        ),
        "missingFrom": LocalizedText(
            en: "missing --from; name the kind of export: salesforce, hubspot, csv, json, maven or maven-teams",
            zh: "缺少 --from；请指定导出类型：salesforce、hubspot、csv、json、maven 或 maven-teams"
        ),
        "csvNeedsMapping": LocalizedText(
            en: "--from csv needs --mapping FILE.yml to say which column fills which field",
            zh: "--from csv 需要 --mapping 文件.yml 来指定各列对应的字段"
        ),
        "jsonTakesNoMapping": LocalizedText(
            en: "--mapping does not apply to --from json, which reads the Microsoft 365 roadmap keys",
            zh: "--mapping 不适用于 --from json，它按 Microsoft 365 路线图的键读取"
        ),
        "fileNotFound": LocalizedText(en: "file `{0}` not found", zh: "找不到文件 `{0}`"),
        "siteNotFound": LocalizedText(en: "site folder `{0}` not found", zh: "找不到站点目录 `{0}`"),
        "unmappedStage": LocalizedText(
            en: "stage \"{0}\" becomes `{1}`, which is not a stage in roadmap.yml ({2} rows)",
            zh: "阶段“{0}”会变成 `{1}`，但 roadmap.yml 中没有这个阶段（{2} 行）"
        ),
        "unmappedStageHint": LocalizedText(
            en: "add the line `  \"{0}\": STAGE` under `stage_map:` in the mapping file given with --mapping, where STAGE is one of {1}; or declare a stage `{2}` in roadmap.yml",
            zh: "在通过 --mapping 指定的映射文件的 `stage_map:` 下添加一行 `  \"{0}\": 阶段`，阶段取 {1} 之一；或在 roadmap.yml 中声明阶段 `{2}`"
        ),
        "unknownStatus": LocalizedText(
            en: "status `{0}` is not a status in roadmap.yml ({1} items)",
            zh: "状态 `{0}` 不在 roadmap.yml 的状态列表中（{1} 个条目）"
        ),
        "unknownStatusHint": LocalizedText(
            en: "declare a status `{0}` under `statuses:` in roadmap.yml",
            zh: "在 roadmap.yml 的 `statuses:` 下声明状态 `{0}`"
        ),
        "importFailed": LocalizedText(
            en: "Import failed: nothing was written.",
            zh: "导入失败：未写入任何文件。"
        ),
        "summary": LocalizedText(
            en: "{0} created, {1} updated, {2} unchanged, {3} rejected",
            zh: "新建 {0} 个，更新 {1} 个，未变 {2} 个，拒绝 {3} 个"
        ),
        "dryRunSummary": LocalizedText(
            en: "Dry run, nothing written: {0} created, {1} updated, {2} unchanged, {3} rejected",
            zh: "试运行，未写入：将新建 {0} 个，更新 {1} 个，未变 {2} 个，拒绝 {3} 个"
        ),
        "ownerReps": LocalizedText(
            en: "{0} of the created items are reps for owners without a rep file; import the team file first to give them a region and a manager.",
            zh: "新建条目中有 {0} 个是为没有销售代表文件的负责人创建的销售代表；先导入团队文件可为他们填写区域和经理。"
        ),
    ]

    /// Returns the message `key` in `language`, with `{0}`, `{1}` … replaced by `arguments`.
    public static func text(_ key: String, _ language: Language, _ arguments: String...) -> String {
        var message = table[key]?.text(language) ?? key
        for (index, argument) in arguments.enumerated() {
            message = message.replacingEvery("{\(index)}", with: argument)
        }
        return message
    }
}
