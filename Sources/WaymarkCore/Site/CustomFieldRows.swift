/// Custom field values as the page language shows them: money with its currency, dates with
/// their precision, a person by name.
extension PageContext {
    func customFieldText(_ value: CustomFieldValue) -> String {
        switch value {
        case .text(let text), .choice(let text): return text
        case .number(let number): return NumberFormatting.grouped(number, decimals: number == number.rounded() ? 0 : 2)
        case .money(let money): return NumberFormatting.money(money, language: language)
        case .date(let date): return self.date(date) ?? date.description
        case .choices(let choices): return choices.joined(separator: PageStrings.text("listSeparator", language))
        case .person(let id): return roadmap.repName(id)
        }
    }

    func customFieldRows(_ entries: [CustomFieldEntry]) -> [TemplateValue] {
        entries.map { entry in
            .object([
                "id": .string(entry.definition.id),
                "label": .string(entry.definition.label(language)),
                "value": .string(customFieldText(entry.value)),
            ])
        }
    }
}

extension FeaturePages {
    func customFieldRows(_ entries: [CustomFieldEntry]) -> [TemplateValue] {
        context.customFieldRows(entries)
    }
}
