/// Messages of the editing workflow commands: `init`, `new`, `check --format` and `serve`.
extension CommandStrings {
    static let workflowTable: [String: LocalizedText] = [
        "help.init": LocalizedText(
            en: """
            Usage: waymark init [DIR] [options]

            Creates a site in DIR (default: .) that builds at once, with sample items and a GitHub Actions workflow.
            Nothing is written when any of its files already exists.

              --template NAME        startup, sme or enterprise (default: startup)
              --language zh-CN|en    Language of the site and its sample items (default: the message language)
            """,
            zh: """
            用法：waymark init [目录] [选项]

            在目录（默认：当前目录）中创建一个可直接生成的站点，包含示例条目和 GitHub Actions 工作流。
            只要有一个文件已存在，就不写入任何文件。

              --template 名称        startup、sme 或 enterprise（默认：startup）
              --language zh-CN|en    站点和示例条目的语言（默认：消息语言）
            """
        ),
        "help.new": LocalizedText(
            en: """
            Usage: waymark new KIND TITLE [--site DIR]

            Writes content/<kind>s/<id>.md with every field of KIND filled with a sample value, and prints its path.
            KIND is feature, request, deal, rep, plan, goal or account. The id comes from TITLE; `-2`, `-3` … is added when it is taken.

              --site DIR    The site folder holding content/ (default: .)
            """,
            zh: """
            用法：waymark new 类型 标题 [--site 目录]

            写入 content/<类型>s/<id>.md，其中该类型的所有字段都填有示例值，并输出文件路径。
            类型为 feature、request、deal、rep、plan、goal 或 account。id 由标题生成；已被占用时追加 `-2`、`-3` 等。

              --site 目录    包含 content/ 的站点目录（默认：当前目录）
            """
        ),
        "help.serve": LocalizedText(
            en: """
            Usage: waymark serve [options]

            Builds the site, serves the public site at / and the internal site at /internal/, and rebuilds
            when content/, Templates/ or roadmap.yml changes. Open pages reload after each build.

              --site DIR            The site folder (default: .)
              --host ADDRESS        A loopback address to listen on (default: 127.0.0.1)
              --port N              TCP port, 0 for any free port (default: 8000)
              --today YYYY-MM-DD    The date of the today line (default: the system date)
            """,
            zh: """
            用法：waymark serve [选项]

            生成站点，在 / 提供公开站点、在 /internal/ 提供内部站点；content/、Templates/ 或 roadmap.yml
            变化时重新生成。每次生成后，已打开的页面会自动刷新。

              --site 目录           站点目录（默认：当前目录）
              --host 地址           监听的回环地址（默认：127.0.0.1）
              --port 端口           TCP 端口，0 表示任一空闲端口（默认：8000）
              --today YYYY-MM-DD    “今天”线所用的日期（默认：系统日期）
            """
        ),
        "missingArgument": LocalizedText(en: "missing {0}", zh: "缺少{0}"),
        "unexpectedArgument": LocalizedText(en: "unexpected argument `{0}`", zh: "多余的参数 `{0}`"),
        "init.clash": LocalizedText(
            en: "nothing was written because these files already exist in {0}:\n{1}\nChoose an empty folder, or move these files away.",
            zh: "{0} 中已存在以下文件，因此未写入任何文件：\n{1}\n请选择空文件夹，或先移走这些文件。"
        ),
        "init.writeFailed": LocalizedText(en: "writing the site to {0} failed: {1}", zh: "向 {0} 写入站点失败：{1}"),
        "init.done": LocalizedText(
            en: "Created a site from the `{0}` template with {1} files in {2}.\nNext: waymark build --site {2}",
            zh: "已在 {2} 用 `{0}` 模板创建站点（{1} 个文件）。\n下一步：waymark build --site {2}"
        ),
        "new.kindArgument": LocalizedText(en: "the kind of item (feature, request, deal, rep, plan, goal or account)", zh: "条目类型（feature、request、deal、rep、plan、goal 或 account）"),
        "new.titleArgument": LocalizedText(en: "the title of the item", zh: "条目标题"),
        "new.needsItem": LocalizedText(
            en: "a new {0} must name an existing {1}, and the site has none; create one first with `waymark new {1} TITLE`",
            zh: "新的 {0} 必须引用已有的 {1}，但站点中还没有；请先运行 `waymark new {1} 标题` 创建一个"
        ),
        "new.writeFailed": LocalizedText(en: "writing {0} failed: {1}", zh: "写入 {0} 失败：{1}"),
        "serve.notLoopback": LocalizedText(
            en: "`{0}` is not a loopback address; the preview server listens only on 127.0.0.1 … 127.255.255.255 or localhost, so the internal site is never reachable from the network",
            zh: "`{0}` 不是回环地址；预览服务器只监听 127.0.0.1 至 127.255.255.255 或 localhost，确保内部站点无法从网络访问"
        ),
        "serve.socketFailed": LocalizedText(en: "{0} failed for {1}:{2}: {3}", zh: "{1}:{2} 的 {0} 调用失败：{3}"),
        "serve.started": LocalizedText(
            en: "Serving {0} at http://{1}:{2}/ (internal site at http://{1}:{2}/internal/). Press Ctrl-C to stop.",
            zh: "正在 http://{1}:{2}/ 提供 {0}（内部站点：http://{1}:{2}/internal/）。按 Ctrl-C 停止。"
        ),
        "serve.stopped": LocalizedText(en: "Stopped the preview server on port {0}.", zh: "已停止端口 {0} 上的预览服务器。"),
        "serve.changed": LocalizedText(en: "Change detected; rebuilding.", zh: "检测到文件变化，正在重新生成。"),
        "serve.built": LocalizedText(en: "Built {0} items (build {1}).", zh: "已生成 {0} 个条目（第 {1} 次生成）。"),
        "serve.buildFailed": LocalizedText(
            en: "Build {1} failed with {0} errors; the last good site is still served.",
            zh: "第 {1} 次生成失败，共 {0} 个错误；仍在提供上一次成功生成的站点。"
        ),
        "serve.connectionFailed": LocalizedText(en: "Connection error: {0}", zh: "连接出错：{0}"),
        "serve.overlayTitle": LocalizedText(
            en: "The build failed with {0} errors. This page is from the last good build.",
            zh: "生成失败，共 {0} 个错误。此页面来自上一次成功的生成。"
        ),
        "serve.notFound": LocalizedText(en: "Not found: {0}", zh: "未找到：{0}"),
    ]
}
