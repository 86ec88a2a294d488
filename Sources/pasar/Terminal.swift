import ArgumentParser
import Foundation
import PasarCore

/// How the command line speaks to its user: Indonesian unless `--lang en` is given or the locale is
/// English. Worked out from the process's arguments and environment each time it is asked (they do
/// not change while pasar runs), so help texts, made before the arguments are parsed, follow it too.
enum Terminal {
    static var language: MessageLanguage {
        language(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
    }

    /// `--lang en|id` (or `--lang=…`) wins; then the first of LC_ALL, LC_MESSAGES, LANG that is set.
    static func language(arguments: [String], environment: [String: String]) -> MessageLanguage {
        for (index, argument) in arguments.enumerated() {
            var value: String?
            if argument == "--lang", index + 1 < arguments.count { value = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
            if let value { return value.lowercased().hasPrefix("en") ? .english : .indonesian }
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("en") ? .english : .indonesian
    }

    /// The Indonesian or the English, for help texts.
    static func say(_ indonesian: String, _ english: String) -> String { language == .indonesian ? indonesian : english }

    static var printer: DiagnosticPrinter { DiagnosticPrinter(language: language) }

    /// A line on standard output.
    static func print(_ text: LocalizedText) {
        Swift.print(text.text(language))
        // Flushed at once, so that the line keeps its place among the messages on standard error.
        fflush(nil)
    }

    /// A line on standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func printError(_ text: LocalizedText) { printError(text.text(language)) }

    /// Runs `body`; a failure prints its diagnostics (grouped) and exits with status 1, without a stack trace.
    static func run(_ body: () throws(PasarError) -> Void) throws {
        do {
            try body()
        } catch {
            for line in printer.lines(error.diagnostics) { printError(line) }
            throw ExitCode.failure
        }
    }
}

/// `--lang`: declared so that every command accepts it and shows it in its help.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp(Terminal.say("Bahasa pesan: id (bawaan) atau en.", "Language of messages: id (default) or en."),
                               valueName: "id|en"))
    var lang: String?
}

/// ArgumentParser's own words (usage, unknown options), said in Indonesian when that is the language.
enum ParserWords {
    static let indonesian: [(pattern: String, replacement: String)] = [
        (#"Error: "#, "Kesalahan: "),
        (#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, "pilihan '$1' tidak dikenal. Maksudnya '$2'?"),
        (#"Unknown option '([^']+)'"#, "pilihan '$1' tidak dikenal"),
        (#"(\d+) unexpected arguments: "#, "$1 argumen tidak diharapkan: "),
        (#"Unexpected argument '([^']+)'"#, "argumen '$1' tidak diharapkan"),
        (#"Missing expected argument '([^']+)'"#, "argumen '$1' wajib diberikan"),
        (#"Missing value for '([^']+)'"#, "'$1' perlu nilai"),
        (#"The value '([^']+)' is invalid for '([^']+)'"#, "nilai '$1' tidak sah untuk '$2'"),
        (#"See '([^']+)' for more information\."#, "Lihat '$1' untuk keterangan lebih lanjut."),
        (#"See '([^']+)' for detailed help\."#, "Lihat '$1' untuk bantuan rinci."),
        (#"(?m)^Usage:"#, "Cara pakai:"),
        (#"(?m)^USAGE:"#, "CARA PAKAI:"),
        (#"(?m)^OVERVIEW:"#, "RINGKASAN:"),
        (#"(?m)^OPTIONS:"#, "PILIHAN:"),
        (#"(?m)^ARGUMENTS:"#, "ARGUMEN:"),
        (#"(?m)^SUBCOMMANDS:"#, "PERINTAH:"),
        (#"\(default\)"#, "(bawaan)"),
        (#"\(default: "#, "(bawaan: "),
        (#"Show help information\."#, "Tampilkan bantuan."),
        (#"Show the version\."#, "Tampilkan versi."),
        (#"<subcommand>"#, "<perintah>"),
    ]

    static func translate(_ text: String, to language: MessageLanguage) -> String {
        guard language == .indonesian else { return text }
        var result = text
        for (pattern, replacement) in indonesian {
            result = result.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return result
    }
}
