import Foundation

/// Reads amounts as CRM exports write them: `$1,200.50`, `1.200,50 €`, `¥12,000`, `CNY 8000`,
/// `-1 234,5`, `12000` and `(1,200.00)`.
///
/// Rules:
/// - Parentheses mean a negative amount, as in accounting exports. A leading `-` or `−` also does.
/// - A currency symbol or a three-letter ISO code may come before or after the number.
///   `¥` and `￥` mean CNY by default, although Japanese exports use `¥` for JPY: set
///   `symbols["¥"] = "JPY"` for those.
/// - Spaces, no-break spaces and `'` always group digits.
/// - When `,` and `.` both occur, the last one is the decimal separator.
/// - A separator that occurs more than once groups digits. One that occurs once with other
///   than three digits after it is the decimal separator.
/// - One separator followed by exactly three digits (`1,200`, `1.200`) is ambiguous. The column's
///   other values decide it: if any of them uses that character as the decimal separator, so does
///   this value. If they use the other character as decimal separator, or the column has no
///   evidence, the character groups digits, so `1,200` is 1200. Amounts with three decimals
///   are rare in sales data, and that reading is the less surprising one.
public struct AmountParser: Sendable {
    /// Currency symbols and non-ISO names mapped to ISO 4217 codes.
    public var symbols: [String: String]

    public static let defaultSymbols: [String: String] = [
        "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY",
        "RMB": "CNY", "元": "CNY", "HK$": "HKD", "C$": "CAD", "A$": "AUD", "₹": "INR", "₩": "KRW",
    ]

    public init(symbols: [String: String] = AmountParser.defaultSymbols) {
        self.symbols = symbols
    }

    /// One value read on its own, before the column decides ambiguous separators.
    public enum Reading: Sendable, Equatable {
        case empty
        case invalid
        /// The value has one reading; `decimalSeparator` is the separator it used, if any.
        case exact(Amount, decimalSeparator: Character?)
        /// `1,200`: 1200 if `separator` groups digits, 1.2 if it is the decimal separator.
        case ambiguous(grouping: Amount, decimal: Amount, separator: Character)
    }

    /// Reads every value of a column and settles ambiguous separators from the others.
    /// Returns nil for empty values and values that are not amounts.
    public func parseColumn(_ values: [String]) -> [Amount?] {
        let readings = values.map(read)
        var decimalSeparators = Set<Character>()
        for case .exact(_, let separator?) in readings {
            decimalSeparators.insert(separator)
        }
        return readings.map { reading in
            switch reading {
            case .empty, .invalid:
                return nil
            case .exact(let amount, _):
                return amount
            case .ambiguous(let grouping, let decimal, let separator):
                return decimalSeparators.contains(separator) ? decimal : grouping
            }
        }
    }

    /// Reads one value on its own.
    public func read(_ raw: String) -> Reading {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .empty }

        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") {
            negative = true
            text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }

        var currency: String?
        var number = ""
        // Peel the sign and the currency from both ends, in either order ("-$5", "$-5", "5 €").
        var changed = true
        while changed {
            changed = false
            text = text.trimmingCharacters(in: .whitespaces)
            if let first = text.first, first == "-" || first == "\u{2212}" {
                if negative { return .invalid }
                negative = true
                text.removeFirst()
                changed = true
            } else if let first = text.first, first == "+" {
                text.removeFirst()
                changed = true
            } else if currency == nil, let (code, rest) = peelCurrency(text, fromEnd: false) {
                currency = code
                text = rest
                changed = true
            } else if currency == nil, let (code, rest) = peelCurrency(text, fromEnd: true) {
                currency = code
                text = rest
                changed = true
            }
        }
        number = text
        guard !number.isEmpty else { return .invalid }
        return readNumber(number, negative: negative, currency: currency)
    }

    /// Splits a currency symbol or ISO code off the start or end of `text`.
    private func peelCurrency(_ text: String, fromEnd: Bool) -> (String, String)? {
        // Longest symbol first, so "US$" wins over "$".
        for symbol in symbols.keys.sorted(by: { $0.count > $1.count }) {
            if !fromEnd, text.hasPrefix(symbol), let code = symbols[symbol] {
                return (code, String(text.dropFirst(symbol.count)))
            }
            if fromEnd, text.hasSuffix(symbol), let code = symbols[symbol] {
                return (code, String(text.dropLast(symbol.count)))
            }
        }
        let letters = fromEnd ? String(text.suffix(3)) : String(text.prefix(3))
        guard letters.count == 3, letters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        let rest = fromEnd ? String(text.dropLast(3)) : String(text.dropFirst(3))
        // "USD8000" and "8000 USD" are fine, but "USDX" is not a code followed by a number.
        if let next = fromEnd ? rest.last : rest.first, next.isLetter { return nil }
        return (letters, rest)
    }

    private func readNumber(_ text: String, negative: Bool, currency: String?) -> Reading {
        var digitsAndMarks: [Character] = []
        for character in text {
            switch character {
            case " ", "\u{00A0}", "\u{202F}", "'", "’":
                continue
            case "0"..."9", ",", ".":
                digitsAndMarks.append(character)
            default:
                return .invalid
            }
        }
        guard digitsAndMarks.contains(where: \.isNumber), digitsAndMarks.count <= 40 else { return .invalid }

        let commas = digitsAndMarks.filter { $0 == "," }.count
        let dots = digitsAndMarks.filter { $0 == "." }.count
        func amount(decimal: Character?) -> Amount? {
            makeAmount(digitsAndMarks, decimalSeparator: decimal, negative: negative, currency: currency)
        }

        if commas > 0 && dots > 0 {
            guard let last = digitsAndMarks.last(where: { $0 == "," || $0 == "." }) else { return .invalid }
            let count = last == "," ? commas : dots
            guard count == 1, let value = amount(decimal: last) else { return .invalid }
            return .exact(value, decimalSeparator: last)
        }
        if commas == 0 && dots == 0 {
            guard let value = amount(decimal: nil) else { return .invalid }
            return .exact(value, decimalSeparator: nil)
        }
        let separator: Character = commas > 0 ? "," : "."
        if max(commas, dots) > 1 {
            guard let value = amount(decimal: nil) else { return .invalid }
            return .exact(value, decimalSeparator: nil)
        }
        guard let position = digitsAndMarks.firstIndex(of: separator) else { return .invalid }
        let before = digitsAndMarks[..<position]
        let after = digitsAndMarks[(position + 1)...]
        let leadIsZero = before.isEmpty || before.allSatisfy { $0 == "0" }
        if after.count != 3 || leadIsZero || before.count > 3 {
            guard let value = amount(decimal: separator) else { return .invalid }
            return .exact(value, decimalSeparator: separator)
        }
        guard let grouping = amount(decimal: nil), let decimal = amount(decimal: separator) else { return .invalid }
        return .ambiguous(grouping: grouping, decimal: decimal, separator: separator)
    }

    /// Builds the value after checking that grouping marks split the integer part into groups
    /// of three. Indian lakh grouping (`1,00,000`) is rejected by this check.
    private func makeAmount(_ characters: [Character], decimalSeparator: Character?, negative: Bool, currency: String?) -> Amount? {
        var integerPart = characters
        var fraction: [Character] = []
        if let decimalSeparator, let position = characters.lastIndex(of: decimalSeparator) {
            integerPart = Array(characters[..<position])
            fraction = Array(characters[(position + 1)...])
            guard !fraction.isEmpty, fraction.allSatisfy(\.isNumber) else { return nil }
        }
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let integerDigits = String(groups.joined())
        guard !integerDigits.isEmpty || !fraction.isEmpty else { return nil }
        var plain = negative ? "-" : ""
        plain += integerDigits.isEmpty ? "0" : integerDigits
        if !fraction.isEmpty {
            plain += "." + String(fraction)
        }
        guard let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return Amount(value: value, currency: currency)
    }
}
