package org.vre.ui.workflow.source;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/** A number only when the whole plain scalar is one ({@code 1000}, {@code 0.5}), not the 3.12 in an image tag. */
final class YamlNumberRule implements IRule {

    private final IToken token;

    YamlNumberRule(IToken token) {
        this.token = token;
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner) {
        StringBuilder text = new StringBuilder();
        int c = scanner.read();
        while (c != ICharacterScanner.EOF && !Character.isWhitespace(c) && c != ',' && c != ']' && c != '}'
                && c != '#') {
            text.append((char) c);
            c = scanner.read();
        }
        scanner.unread();
        if (text.length() > 0 && text.toString().matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return token;
        }
        for (int i = 0; i < text.length(); i++) {
            scanner.unread();
        }
        return Token.UNDEFINED;
    }
}
