package org.vre.ui.workflow.source;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * Lets a rule match only where a YAML plain scalar can start (line start, after a space or a flow indicator), so
 * the {@code 9.0} in {@code 0.9.0} or the {@code no} in {@code piano} are not coloured.
 */
final class TokenStartRule implements IRule {

    private final IRule rule;

    TokenStartRule(IRule rule) {
        this.rule = rule;
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner) {
        if (scanner.getColumn() > 0) {
            scanner.unread();
            int previous = scanner.read();
            if (!Character.isWhitespace(previous) && "[{,:-".indexOf(previous) < 0) {
                return Token.UNDEFINED;
            }
        }
        return rule.evaluate(scanner);
    }
}
