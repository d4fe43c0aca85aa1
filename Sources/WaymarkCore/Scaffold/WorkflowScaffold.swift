/// The GitHub Actions workflow of a new site: `waymark check`, then `waymark build`, on every push and pull request.
enum WorkflowScaffold {
    static let path = ".github/workflows/roadmap.yml"

    static func file(_ say: ScaffoldPhrases) -> ScaffoldFile {
        let text = """
        \(say("# Checks the roadmap on every push and pull request, then builds both sites.",
              "# 每次推送和拉取请求时检查路线图内容，然后生成两个站点。"))
        \(say("# `waymark check` prints GitHub annotations here, so errors show on the changed lines.",
              "# 在 GitHub Actions 中，`waymark check` 输出注解，错误会显示在改动的行上。"))
        name: roadmap

        on:
          push:
          pull_request:

        jobs:
          roadmap:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              \(say("# Install waymark here, e.g. download a release binary into PATH.",
                    "# 在此安装 waymark，例如把发布的二进制文件下载到 PATH 中。"))
              - name: Check
                run: waymark check --format github
              - name: Build
                run: waymark build
              - uses: actions/upload-artifact@v4
                with:
                  name: public-site
                  path: public/

        """
        return ScaffoldFile(path: path, text: text)
    }
}
