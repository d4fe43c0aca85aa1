/// Picks the English or Chinese wording of a sample file, so each template is written once for both languages.
struct ScaffoldPhrases {
    var language: Language

    func callAsFunction(_ en: String, _ zh: String) -> String {
        language == .zhCN ? zh : en
    }

    /// An item file: the front matter lines between `---` lines, then the Markdown body.
    func item(_ path: String, _ frontMatter: [String], body: String) -> ScaffoldFile {
        let text = "---\n" + frontMatter.joined(separator: "\n") + "\n---\n" + body + "\n"
        return ScaffoldFile(path: path, text: text)
    }
}
