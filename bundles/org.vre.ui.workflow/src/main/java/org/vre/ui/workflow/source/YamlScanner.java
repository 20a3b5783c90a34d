package org.vre.ui.workflow.source;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** YAML tokens for colouring: comments, keys, quoted strings, ${parameters}, numbers and the plain literals. */
public final class YamlScanner extends RuleBasedScanner {

    /** The colours, public so tests can check a key is coloured like a key. */
    public static final Color COMMENT = new Color(0x3F, 0x7F, 0x5F);
    public static final Color KEY = new Color(0x7F, 0x00, 0x55);
    public static final Color STRING = new Color(0x2A, 0x00, 0xFF);
    public static final Color PLACEHOLDER = new Color(0xC0, 0x60, 0x00);
    public static final Color LITERAL = new Color(0x00, 0x66, 0x99);

    public YamlScanner() {
        IToken comment = new Token(new TextAttribute(COMMENT, null, SWT.ITALIC));
        IToken key = new Token(new TextAttribute(KEY, null, SWT.BOLD));
        IToken string = new Token(new TextAttribute(STRING));
        IToken placeholder = new Token(new TextAttribute(PLACEHOLDER, null, SWT.BOLD));
        IToken literal = new Token(new TextAttribute(LITERAL));
        WordRule literals = new WordRule(new PlainWordDetector(), Token.UNDEFINED);
        for (String word : new String[] {"true", "false", "null", "True", "False", "yes", "no", "~"}) {
            literals.addWord(word, literal);
        }
        setRules(new IRule[] {
            new EndOfLineRule("#", comment),
            new SingleLineRule("${", "}", placeholder),
            new SingleLineRule("\"", "\"", string, '\\'),
            new SingleLineRule("'", "'", string),
            new TokenStartRule(new YamlKeyRule(key)),
            new TokenStartRule(new YamlNumberRule(literal)),
            new TokenStartRule(literals),
            new WhitespaceRule(Character::isWhitespace),
        });
    }

    /** Words as YAML plain scalars spell them, so "truely" is not coloured as "true". */
    private static final class PlainWordDetector implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '~';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
        }
    }
}
