/// Locale-independent number and money formatting, so that output is byte-identical on every machine.
public enum NumberFormatting {
    /// A number without grouping: integers without a decimal point, others with up to two decimals.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        var text = fixed(value, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A number rounded half away from zero to `decimals` places, with a `.` decimal point.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let integer = Int64(scaled / scale)
        let fraction = Int64(scaled - Double(integer) * scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(integer) }
        var fractionText = String(fraction)
        while fractionText.count < decimals { fractionText = "0" + fractionText }
        return sign + String(integer) + "." + fractionText
    }

    /// Digits grouped by threes with commas, as both Chinese and English business texts write them.
    public static func grouped(_ value: Double, decimals: Int = 0) -> String {
        let text = fixed(value, decimals: decimals)
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let digits = Array(parts[0])
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        if parts.count > 1 { grouped += "." + parts[1] }
        return (negative ? "-" : "") + grouped
    }

    /// A percentage of a share from 0 to 1, e.g. `0.7` → `70%`, `0.123` → `12.3%`.
    public static func percent(_ share: Double) -> String {
        let value = share * 100
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? fixed(rounded, decimals: 0) : fixed(rounded, decimals: 1)) + "%"
    }

    static let currencySymbols: [String: String] = [
        "CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$", "AUD": "A$", "SGD": "S$",
    ]

    /// Money in the page language: `¥1,200,000`, `$85,000.50`; an unknown code goes after the number.
    public static func money(_ amount: Double, currency: String, language: Language) -> String {
        let decimals = amount == amount.rounded() ? 0 : 2
        let number = grouped(amount, decimals: decimals)
        if let symbol = currencySymbols[currency] {
            return amount < 0 ? "-" + symbol + String(number.dropFirst()) : symbol + number
        }
        return number + " " + currency
    }

    public static func money(_ money: Money, language: Language) -> String {
        self.money(money.amount, currency: money.currency, language: language)
    }
}
