/**
 * Where JSON text first goes wrong: the offset of the first character that cannot continue it (or its
 * end), as a clerk needs it to fix a hand-edited file. Engines word and place `JSON.parse` errors
 * differently (Node 20 gives no position for an unexpected token), so this scans the text itself.
 * Undefined when the text is valid JSON.
 */
export function jsonSyntaxError(text: string): { offset: number; found: string | undefined } | undefined {
	const scanner = new JsonScanner(text);
	try {
		scanner.skipSpace();
		scanner.value();
		scanner.skipSpace();
		if (scanner.at < text.length) {
			scanner.fail();
		}
		return undefined;
	} catch (error) {
		if (error instanceof JsonError) {
			return { offset: error.offset, found: error.offset < text.length ? String.fromCodePoint(text.codePointAt(error.offset)!) : undefined };
		}
		throw error;
	}
}

class JsonError {
	constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_CHARACTERS = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

class JsonScanner {
	at = 0;
	/** Nesting depth, bounded so a file of ten thousand `[` cannot overflow the stack. */
	private depth = 0;

	constructor(private readonly text: string) {}

	fail(offset = this.at): never {
		throw new JsonError(offset);
	}

	skipSpace(): void {
		while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) {
			this.at++;
		}
	}

	private expect(character: string): void {
		if (this.text[this.at] !== character) {
			this.fail();
		}
		this.at++;
	}

	value(): void {
		const character = this.text[this.at];
		if (character === '{' || character === '[') {
			if (++this.depth > 512) {
				this.fail();
			}
			this.container(character === '{' ? '}' : ']', character === '{');
			this.depth--;
		} else if (character === '"') {
			this.string();
		} else if (character === '-' || (character >= '0' && character <= '9')) {
			this.match(NUMBER);
		} else {
			for (const word of ['true', 'false', 'null']) {
				if (this.text.startsWith(word, this.at)) {
					this.at += word.length;
					return;
				}
			}
			this.fail();
		}
	}

	private container(close: string, keyed: boolean): void {
		this.at++;
		this.skipSpace();
		if (this.text[this.at] === close) {
			this.at++;
			return;
		}
		for (;;) {
			if (keyed) {
				if (this.text[this.at] !== '"') {
					this.fail();
				}
				this.string();
				this.skipSpace();
				this.expect(':');
				this.skipSpace();
			}
			this.value();
			this.skipSpace();
			if (this.text[this.at] === close) {
				this.at++;
				return;
			}
			this.expect(',');
			this.skipSpace();
		}
	}

	private string(): void {
		this.at++;
		this.match(STRING_CHARACTERS);
		this.expect('"');
	}

	private match(pattern: RegExp): void {
		pattern.lastIndex = this.at;
		const found = pattern.exec(this.text);
		if (!found || (found[0] === '' && pattern === NUMBER)) {
			this.fail();
		}
		this.at += found[0].length;
	}
}
