/// Turns an `Encodable` page context into the plain dictionaries, arrays, strings, numbers and
/// booleans that swift-mustache reads directly (about 7× faster than reflecting on structs).
/// Nil optionals become absent keys, so `{{^key}}` sections see them as empty.
public enum TemplateValueEncoder {
    public static func encode(_ value: some Encodable) throws -> Any {
        let node = Node()
        try value.encode(to: NodeEncoder(node: node, codingPath: []))
        return node.resolve() ?? [String: Any]()
    }
}

private final class Node {
    var single: Any?
    var keyed: [String: Node]?
    var unkeyed: [Node]?

    func resolve() -> Any? {
        if let keyed { return keyed.compactMapValues { $0.resolve() } }
        if let unkeyed { return unkeyed.compactMap { $0.resolve() } }
        return single
    }
}

private struct NodeEncoder: Encoder {
    let node: Node
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if node.keyed == nil { node.keyed = [:] }
        return KeyedEncodingContainer(KeyedContainer(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if node.unkeyed == nil { node.unkeyed = [] }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(node: node, codingPath: codingPath) }
}

private func store(_ value: some Encodable, in node: Node, codingPath: [any CodingKey]) throws {
    switch value {
    case let v as String: node.single = v
    case let v as Bool: node.single = v
    case let v as Int: node.single = v
    case let v as any BinaryInteger: node.single = Int(v)
    case let v as Double: node.single = v
    case let v as Float: node.single = Double(v)
    default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    var codingPath: [any CodingKey]

    func child(_ key: Key) -> Node {
        let child = Node()
        node.keyed?[key.stringValue] = child
        return child
    }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try store(value, in: child(key), codingPath: codingPath + [key])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: child(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]
    var count: Int { node.unkeyed?.count ?? 0 }

    func append() -> Node {
        let child = Node()
        node.unkeyed?.append(child)
        return child
    }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: some Encodable) throws { try store(value, in: append(), codingPath: codingPath) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: append(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: append(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: append(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.single = nil }
    mutating func encode(_ value: some Encodable) throws { try store(value, in: node, codingPath: codingPath) }
}
