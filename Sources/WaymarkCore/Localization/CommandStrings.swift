/// Every message the `waymark` command prints, in English and Simplified Chinese.
public enum CommandStrings {
    public static let table: [String: LocalizedText] = [
        "usage": LocalizedText(
            en: """
            Usage: waymark <command> [options]

            Commands:
              build    Build the public and internal sites from content/
              stats    Print the pipeline summary (see `waymark stats --help`)
              check    Report every problem in the content without writing anything
              init     Create a new site with sample items (waymark init --help)
              new      Add an item with sample values (waymark new --help)
              serve    Preview the site on 127.0.0.1, rebuilding on change (waymark serve --help)
              import   Turn CRM exports into items (waymark import --help)
              version  Print the version

            Options for build and check:
              --site DIR             The site folder holding roadmap.yml and content/ (default: .)
              --audience WHO         public, internal or all (default: all)
              --output DIR           Folder for the public site (default: DIR/public)
              --internal-output DIR  Folder for the internal site (default: DIR/internal)
              --today YYYY-MM-DD     The date of the today line and of date-relative boards (default: the system date)
              --format FORMAT        How diagnostics are printed: text, json (an array on standard output, for editors)
                                     or github (Actions annotations); default: github when GITHUB_ACTIONS=true, else text
              --lang zh-CN|en        Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)
              -h, --help             Show this help
            """,
            zh: """
            用法：waymark <命令> [选项]

            命令：
              build    根据 content/ 生成公开站点和内部站点
              stats    显示销售漏斗摘要（参见 `waymark stats --help`）
              check    检查内容并报告所有问题，不写入任何文件
              init     创建带示例条目的新站点（waymark init --help）
              new      添加带示例值的条目（waymark new --help）
              serve    在 127.0.0.1 上预览站点，文件变化时重新生成（waymark serve --help）
              import   将 CRM 导出转换为条目（waymark import --help）
              version  显示版本

            build 和 check 的选项：
              --site 目录             包含 roadmap.yml 和 content/ 的站点目录（默认：当前目录）
              --audience 对象         public、internal 或 all（默认：all）
              --output 目录           公开站点的输出目录（默认：站点目录/public）
              --internal-output 目录  内部站点的输出目录（默认：站点目录/internal）
              --today YYYY-MM-DD      “今天”线及按日期划分看板所用的日期（默认：系统日期）
              --format 格式           诊断信息的输出格式：text、json（在标准输出打印数组，供编辑器使用）
                                      或 github（Actions 注解）；默认：GITHUB_ACTIONS=true 时为 github，否则为 text
              --lang zh-CN|en         消息语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）
              -h, --help              显示本帮助
            """
        ),
        "step.load": LocalizedText(en: "load", zh: "读取"),
        "step.validate": LocalizedText(en: "validate", zh: "校验"),
        "step.analyse": LocalizedText(en: "analyse", zh: "分析"),
        "step.project": LocalizedText(en: "project per audience", zh: "按受众投影"),
        "step.render": LocalizedText(en: "render", zh: "渲染"),
        "step.guard": LocalizedText(en: "leak guard", zh: "泄露检查"),
        "step.write": LocalizedText(en: "write", zh: "写入"),
        "unknownCommand": LocalizedText(en: "unknown command `{0}`", zh: "未知命令 `{0}`"),
        "unknownOption": LocalizedText(en: "unknown option `{0}`", zh: "未知选项 `{0}`"),
        "missingValue": LocalizedText(en: "option `{0}` needs a value", zh: "选项 `{0}` 需要一个值"),
        "invalidValue": LocalizedText(en: "invalid value `{1}` for `{0}`; expected {2}", zh: "`{0}` 的值 `{1}` 无效；应为 {2}"),
        "seeHelp": LocalizedText(en: "Run `waymark --help` for the commands and options.", zh: "运行 `waymark --help` 查看命令和选项。"),
        "siteNotFound": LocalizedText(en: "site folder `{0}` not found", zh: "找不到站点目录 `{0}`"),
        "noContent": LocalizedText(
            en: "`{0}` has no content/ folder; create content/features/ and add an item, or pass --site",
            zh: "`{0}` 中没有 content/ 文件夹；请创建 content/features/ 并添加条目，或使用 --site 指定站点目录"
        ),
        "moreWarnings": LocalizedText(
            en: "… and {0} more warnings; run `waymark check --format json` to list them all",
            zh: "……另有 {0} 个警告；运行 `waymark check --format json` 可查看全部"
        ),
        "summaryErrors": LocalizedText(en: "{0} error(s), {1} warning(s)", zh: "{0} 个错误，{1} 个警告"),
        "buildFailed": LocalizedText(
            en: "Build failed: nothing was written, the previous output is unchanged.",
            zh: "生成失败：未写入任何文件，之前的输出保持不变。"
        ),
        "built": LocalizedText(en: "Built {0} items: {1}", zh: "已生成 {0} 个条目：{1}"),
        "builtAudience": LocalizedText(en: "{0} files in {1}", zh: "{1}（{0} 个文件）"),
        "checkPassed": LocalizedText(en: "Checked {0} items: no errors.", zh: "已检查 {0} 个条目：没有错误。"),
        "warningsHeader": LocalizedText(en: "Warnings:", zh: "警告："),
        "statsUsage": LocalizedText(
            en: """
            Usage: waymark stats [--site DIR] [--today YYYY-MM-DD]

            Prints the pipeline summary: open deals by stage, the bottleneck and its owners,
            the win rate and the largest open deals, amounts in the reporting currency.

              --site DIR          The site folder holding roadmap.yml and content/ (default: .)
              --today YYYY-MM-DD  The day deal aging is measured to (default: the system date)
            """,
            zh: """
            用法：waymark stats [--site 目录] [--today YYYY-MM-DD]

            显示销售漏斗摘要：各阶段未结商机、瓶颈及其负责人、赢单率和金额最大的未结商机，金额以报告货币计。

              --site 目录          包含 roadmap.yml 和 content/ 的站点目录（默认：当前目录）
              --today YYYY-MM-DD   计算商机停留天数所用的日期（默认：系统日期）
            """
        ),
        "statsTitle": LocalizedText(en: "Pipeline on {0} (amounts in {1})", zh: "销售漏斗（{0}，金额单位 {1}）"),
        "statsWinRate": LocalizedText(
            en: "Win rate: {0} ({1} won, {2} lost). Median sales cycle of won deals: {3}.",
            zh: "赢单率：{0}（赢单 {1}，输单 {2}）。赢单销售周期中位数：{3}。"
        ),
        "statsTopDeals": LocalizedText(en: "Top {0} open deals by amount:", zh: "金额最大的 {0} 个未结商机："),
        "leaksFound": LocalizedText(
            en: "The leak guard found internal values in {0} public files.",
            zh: "泄露检查在 {0} 个公开文件中发现了内部信息。"
        ),
    ]

    /// The message `key` in `language`, with `{0}`, `{1}` … replaced by `arguments`.
    public static func text(_ key: String, _ language: Language, _ arguments: String...) -> String {
        var message = (table[key] ?? workflowTable[key])?.text(language) ?? key
        for (index, argument) in arguments.enumerated() {
            message = message.replacingEvery("{\(index)}", with: argument)
        }
        return message
    }
}
