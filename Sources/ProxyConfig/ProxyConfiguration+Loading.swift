extension ProxyConfiguration {
    /// Reads a configuration from YAML text. Missing keys keep their defaults; an empty document
    /// is ``default``.
    ///
    /// Every problem is collected before throwing: YAML syntax errors, keys given twice, unknown
    /// keys, values of the wrong type, and values that do not parse or are out of range.
    /// - Parameters:
    ///   - yaml: The YAML text.
    ///   - source: The name used in problem descriptions, usually the file path.
    /// - Throws: ``ConfigurationError`` listing every problem in file order.
    package static func load(yaml: String, source: String = "<config>") throws(ConfigurationError) -> ProxyConfiguration {
        let log = ConfigProblemLog(source: source)
        let root = ConfigDocument.compose(yaml, log: log)
        let reader = ConfigReader.document(root, log: log)
        let configuration = ProxyConfiguration(reading: reader)
        reader.finish()
        let problems = log.problems
        guard problems.isEmpty else { throw .invalid(problems) }
        return configuration
    }

    /// Reads a configuration file, see ``load(yaml:source:)``.
    /// - Parameters:
    ///   - path: The file's path; problems name it as their source.
    /// - Throws: ``ConfigurationError``, also when the file cannot be read or is not UTF-8.
    package static func load(path: String) throws(ConfigurationError) -> ProxyConfiguration {
        let text = try ConfigFile.contents(of: path)
        return try load(yaml: text, source: path)
    }
}
