package org.vre.ui.workflow.source;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * A mapping key: a plain word followed by a colon and a space or the end of the line ({@code image: python:3.12}
 * makes {@code image} a key, not {@code python}).
 */
final class YamlKeyRule implements IRule {

    private final IToken token;

    YamlKeyRule(IToken token) {
        this.token = token;
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner) {
        int read = 0;
        int c = scanner.read();
        read++;
        if (c == ICharacterScanner.EOF || !(Character.isLetter(c) || c == '_')) {
            return undo(scanner, read);
        }
        do {
            c = scanner.read();
            read++;
        } while (c != ICharacterScanner.EOF && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.'));
        while (c == ' ') {
            c = scanner.read();
            read++;
        }
        if (c != ':') {
            return undo(scanner, read);
        }
        int after = scanner.read();
        scanner.unread();
        if (after == ICharacterScanner.EOF || after == ' ' || after == '\n' || after == '\r' || after == '\t') {
            return token;
        }
        return undo(scanner, read);
    }

    private static IToken undo(ICharacterScanner scanner, int read) {
        for (int i = 0; i < read; i++) {
            scanner.unread();
        }
        return Token.UNDEFINED;
    }
}
