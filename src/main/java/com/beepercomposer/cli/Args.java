package com.beepercomposer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --name value}, {@code --name=value}, bare flags, repeated
 * options and positionals. Options a command does not know are a usage error, named.
 */
final class Args {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    /**
     * @param valued      options that take a value
     * @param flags       options that take none
     * @param optionalValue options that may stand alone or take {@code =value} (never a separate word)
     */
    static Args parse(List<String> words, Set<String> valued, Set<String> flags, Set<String> optionalValue) {
        Args args = new Args();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.equals("--")) {
                args.positionals.add(word);
                continue;
            }
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            String inline = eq < 0 ? null : word.substring(eq + 1);
            if (valued.contains(name)) {
                String value = inline;
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw usage(name + " needs a value");
                    }
                    value = words.get(++i);
                }
                args.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else if (flags.contains(name) && inline == null) {
                args.options.computeIfAbsent(name, k -> new ArrayList<>()).add("");
            } else if (optionalValue.contains(name)) {
                args.options.computeIfAbsent(name, k -> new ArrayList<>()).add(inline == null ? "" : inline);
            } else {
                throw usage("Unknown option " + name);
            }
        }
        return args;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    /** The last value given, or null. */
    String value(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    List<String> positionals() {
        return positionals;
    }

    static CliFailure usage(String message) {
        return new CliFailure(ExitCode.USAGE, message);
    }
}
