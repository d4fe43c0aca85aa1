/// One custom field value of an item together with its declaration, as one audience may see it.
struct CustomFieldEntry: Sendable {
    var definition: CustomFieldDefinition
    var value: CustomFieldValue
}
