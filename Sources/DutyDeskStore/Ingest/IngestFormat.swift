/// Which platform's events a feed carries; `auto` decides line by line.
public enum IngestFormat: String, Sendable, CaseIterable {
    case vk
    case telegram
    case auto
}
