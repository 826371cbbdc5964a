/// Where scored text came from. Text from a tool result or retrieved document that addresses the model
/// is indirect injection, so its hits also count under `InjectionCategory.indirectInjection`.
package enum TextSource: String, Sendable, Hashable {
    /// Typed by the end user (a user turn).
    case user
    /// A function response, tool output or retrieved document handed to the model.
    case toolResult = "tool_result"
}
