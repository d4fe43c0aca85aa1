/// The English and Chinese texts of every import message, kept in one table so translations
/// stay side by side.
enum ImportMessages {
    // MARK: Files and encodings

    static let emptyCSV = LocalizedText(
        en: "the CSV file is empty; it needs a header line",
        zh: "CSV 文件为空，至少需要一行表头"
    )
    static let unterminatedQuote = LocalizedText(
        en: "the quoted field that starts here is never closed with `\"`",
        zh: "从此处开始的带引号字段缺少结束的 `\"`"
    )
    static let textAfterClosingQuote = LocalizedText(
        en: "unexpected text after a closing quote; a quoted field must end at a delimiter or line end",
        zh: "结束引号后出现多余文本；带引号的字段必须在分隔符或行尾处结束"
    )
    static func invalidBytes(encoding: String) -> LocalizedText {
        LocalizedText(
            en: "the file is not valid \(encoding) text at this byte",
            zh: "文件在此字节处不是有效的 \(encoding) 文本"
        )
    }
    static let nameEncodingHint = LocalizedText(
        en: "name the file's encoding with --encoding utf-8, gb18030 or windows-1252",
        zh: "用 --encoding utf-8、gb18030 或 windows-1252 指定文件编码"
    )
    static let undetectedEncoding = LocalizedText(
        en: "the file is neither UTF-8, GB18030 nor Windows-1252 text",
        zh: "文件既不是 UTF-8，也不是 GB18030 或 Windows-1252 文本"
    )
    static func unreadableFile(_ reason: String) -> LocalizedText {
        LocalizedText(en: "cannot read the file: \(reason)", zh: "无法读取文件：\(reason)")
    }
    static func unwritableFile(_ reason: String) -> LocalizedText {
        LocalizedText(en: "cannot write the file: \(reason)", zh: "无法写入文件：\(reason)")
    }

    // MARK: Mappings and columns

    static func unknownMappedField(_ field: String, kind: String) -> LocalizedText {
        LocalizedText(
            en: "the mapping names field `\(field)`, which a \(kind) item does not have",
            zh: "映射中的字段 `\(field)` 不属于 \(kind) 条目"
        )
    }
    static func missingColumn(_ field: String, candidates: [String]) -> LocalizedText {
        let list = candidates.map { "\"\($0)\"" }
        if list.isEmpty {
            return LocalizedText(
                en: "the mapping gives no column for the required field `\(field)`",
                zh: "映射没有为必填字段 `\(field)` 指定列"
            )
        }
        return LocalizedText(
            en: "no column for the required field `\(field)`; the header has none of \(list.joined(separator: ", "))",
            zh: "缺少必填字段 `\(field)` 的列；表头中没有 \(list.joined(separator: "、")) 中的任何一列"
        )
    }
    static let missingColumnHint = LocalizedText(
        en: "rename the column in the export, or map it in a mapping file",
        zh: "在导出文件中重命名该列，或在映射文件中映射它"
    )
    static func ambiguousDateColumn(_ column: String, example: String) -> LocalizedText {
        LocalizedText(
            en: "cannot tell whether column \"\(column)\" is month/day/year or day/month/year: no value has a day above 12 (for example \"\(example)\")",
            zh: "无法判断列“\(column)”是月/日/年还是日/月/年：没有日期大于 12 的值（例如“\(example)”）"
        )
    }
    static let dateOrderHint = LocalizedText(
        en: "rerun with --date-order mdy or --date-order dmy",
        zh: "加上 --date-order mdy 或 --date-order dmy 重新运行"
    )
    static func conflictingDateColumn(_ column: String, dmyValue: String, dmyLine: Int, mdyValue: String, mdyLine: Int) -> LocalizedText {
        LocalizedText(
            en: "column \"\(column)\" mixes day/month/year (\"\(dmyValue)\" on line \(dmyLine)) with month/day/year (\"\(mdyValue)\" on line \(mdyLine))",
            zh: "列“\(column)”混用了日/月/年（第 \(dmyLine) 行“\(dmyValue)”）和月/日/年（第 \(mdyLine) 行“\(mdyValue)”）"
        )
    }
    static let conflictingDateHint = LocalizedText(
        en: "export the dates in one format, preferably YYYY-MM-DD",
        zh: "用同一种格式导出日期，最好是 YYYY-MM-DD"
    )

    // MARK: Rows

    static func tooManyFields(_ count: Int, header: Int) -> LocalizedText {
        LocalizedText(
            en: "the row has \(count) fields but the header has \(header)",
            zh: "该行有 \(count) 个字段，而表头只有 \(header) 个"
        )
    }
    static func missingValue(_ field: String) -> LocalizedText {
        LocalizedText(en: "the required value is missing", zh: "缺少必填值")
    }
    static func invalidAmount(_ raw: String) -> LocalizedText {
        LocalizedText(en: "\"\(raw)\" is not an amount", zh: "“\(raw)”不是有效金额")
    }
    static let amountHint = LocalizedText(
        en: "write a number such as 1200.50, 1.200,50 or $1,200.50",
        zh: "请写成 1200.50、1.200,50 或 $1,200.50 这样的数字"
    )
    static func invalidCurrency(_ raw: String) -> LocalizedText {
        LocalizedText(en: "\"\(raw)\" is not a three-letter ISO 4217 currency code", zh: "“\(raw)”不是三个字母的 ISO 4217 货币代码")
    }
    static func currencyConflict(amount: String, column: String) -> LocalizedText {
        LocalizedText(
            en: "the amount is in \(amount) but the currency column says \(column)",
            zh: "金额的货币是 \(amount)，而货币列写的是 \(column)"
        )
    }
    static func invalidProbability(_ raw: String) -> LocalizedText {
        LocalizedText(en: "\"\(raw)\" is not a probability from 0 to 100 %", zh: "“\(raw)”不是 0 到 100% 之间的概率")
    }
    static func invalidDate(_ raw: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(raw)\" is not a date (expected YYYY-MM-DD, MM/DD/YYYY or DD/MM/YYYY)",
            zh: "“\(raw)”不是日期（应为 YYYY-MM-DD、MM/DD/YYYY 或 DD/MM/YYYY）"
        )
    }
    static func closeBeforeOpen(close: String, opened: String) -> LocalizedText {
        LocalizedText(
            en: "the close date \(close) is before the open date \(opened)",
            zh: "结束日期 \(close) 早于开始日期 \(opened)"
        )
    }
    static func duplicateID(_ id: String, firstLine: Int) -> LocalizedText {
        LocalizedText(
            en: "the id \"\(id)\" already appeared on line \(firstLine); this row is skipped",
            zh: "ID“\(id)”已在第 \(firstLine) 行出现，跳过此行"
        )
    }

    // MARK: JSON sources

    static let invalidJSON = LocalizedText(
        en: "the file is not JSON holding an object or an array of objects",
        zh: "文件不是包含对象或对象数组的 JSON"
    )
    static func invalidJSONEntry(index: Int) -> LocalizedText {
        LocalizedText(en: "entry \(index + 1) is not a JSON object", zh: "第 \(index + 1) 项不是 JSON 对象")
    }
    static func invalidMonthDate(_ raw: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(raw)\" is not a month such as \"October CY2022\"",
            zh: "“\(raw)”不是“October CY2022”这样的月份"
        )
    }
    static func skippedPhase(_ phase: String) -> LocalizedText {
        LocalizedText(
            en: "the item is in release phase \"\(phase)\", which has no Waymark status; it is not imported",
            zh: "该条目处于发布阶段“\(phase)”，没有对应的 Waymark 状态，不导入"
        )
    }

    // MARK: Existing content

    static func duplicateCRMID(_ id: String, other: String) -> LocalizedText {
        LocalizedText(
            en: "crm_id \"\(id)\" is also in \(other); the import updates the first file only",
            zh: "crm_id“\(id)”也出现在 \(other) 中；导入只更新第一个文件"
        )
    }

    // MARK: Mapping files

    static let mappingFileNotMapping = LocalizedText(
        en: "the mapping file is not a YAML mapping",
        zh: "映射文件不是 YAML 映射"
    )
    static let mappingFileExpected = LocalizedText(
        en: "`kind:`, `columns:` and `stage_map:` sections, as described in docs/import.md",
        zh: "`kind:`、`columns:` 和 `stage_map:` 等部分，见 docs/import.zh-CN.md"
    )
    static func unknownMappingKey(_ key: String) -> LocalizedText {
        LocalizedText(en: "unknown mapping file key `\(key)`", zh: "映射文件中的键 `\(key)` 无效")
    }
    static func invalidMappingValue(_ value: String) -> LocalizedText {
        LocalizedText(en: "invalid value `\(value)`", zh: "值 `\(value)` 无效")
    }
    static func mappingSectionNotMapping(_ key: String) -> LocalizedText {
        LocalizedText(
            en: "`\(key)` is not a mapping; write one `CSV value: Waymark value` line per entry under it",
            zh: "`\(key)` 不是映射；请在其下每行写一个 `CSV 中的值: Waymark 中的值`"
        )
    }
}
