#!/usr/bin/env python3
"""Fails when a text a user sees is not given to the translation system.

Scans the desktop's sources (src/gui/**/*.cpp) for calls that put words on
screen (setText, setToolTip, setWindowTitle, setPlaceholderText,
setAccessibleName, addAction, QMessageBox::warning, new QLabel(...), ...)
whose argument holds a string literal with a letter in it that is not inside
tr(), QCoreApplication::translate() or QT_TR_NOOP(); and the Designer forms
(ui/*.ui) for a visible property marked notr="true". Such a text would stay
English in the French window.

    visible-texts-translated.py SOURCE_DIR

A literal that must stay as it is goes into ALLOWED below, with the reason.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

# Calls whose arguments are shown to the user.
SHOWN = (
    "setText|setToolTip|setWindowTitle|setPlaceholderText|setAccessibleName|"
    "setAccessibleDescription|setStatusTip|setWhatsThis|setTitle|setWindowIconText|"
    "addAction|addMenu|addItem|addItems|setItemText|setTabText|setTabToolTip|"
    "setHorizontalHeaderLabels|setHeaderLabels|setPrefix|setSuffix|setSpecialValueText|"
    "setLabelText|setInformativeText|setDetailedText|setCancelButtonText|showMessage|"
    "addButton|QMessageBox::warning|QMessageBox::information|QMessageBox::critical|"
    "QMessageBox::question|QMessageBox::about|new QLabel|new QPushButton|new QCheckBox|"
    "new QRadioButton|new QGroupBox|new QToolButton|new QAction|QMessageBox [a-z]\\w*"
)
CALL = re.compile(r"(?<![\w.])(?:(?:\w+(?:->|\.))*)(" + SHOWN + r")\s*\(")
# A literal directly in one of these is shown as it is; inside any other call
# (a settings key, an icon's name, an object name) it is not.
WRAPPERS = {"", "QStringLiteral", "QLatin1String", "QString", "QLatin1StringView",
            "QString::fromUtf8", "QString::fromLatin1", "arg", "u"}
# Calls that translate: everything inside them is fine.
TRANSLATING = re.compile(
    r"\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP|QT_TR_N_NOOP|trUtf8|qtTrId)\s*\(")
LITERAL = re.compile(r'u?"(?:[^"\\]|\\.)*"')
LETTER = re.compile(r"[A-Za-zÀ-ÿ]")

# Literals that are shown as they are on purpose, with the reason.
ALLOWED = {
    '"English"': "a language's own name in the language list, never translated",
    '"Français"': "a language's own name in the language list, never translated",
}

# Visible properties of Designer forms: notr="true" on one keeps it English.
UI_VISIBLE = {"text", "title", "windowTitle", "toolTip", "statusTip", "whatsThis",
              "placeholderText", "accessibleName", "accessibleDescription", "prefix",
              "suffix", "specialValueText", "windowIconText"}


def has_words(literal):
    """Letters outside escapes (\\n), markup (<b>) and placeholders (%1)."""
    words = re.sub(r"\\.|<[^>]*>|%L?\d|&\w+;", "", literal[literal.index('"') + 1:-1])
    return LETTER.search(words) is not None


def strip_comments(text):
    """Comments become spaces (line numbers kept); literals stay."""
    out = []
    i = 0
    while i < len(text):
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = len(text) if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif text[i] == '"':
            match = LITERAL.match(text, i)
            end = match.end() if match else i + 1
            out.append(text[i:end])
            i = end
        elif text[i] == "'":
            match = re.compile(r"'(?:[^'\\]|\\.)*'").match(text, i)
            end = match.end() if match else i + 1
            out.append(text[i:end])
            i = end
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def closing(text, start):
    """The index of the parenthesis that closes the one before `start`."""
    depth = 1
    i = start
    while i < len(text):
        c = text[i]
        if c == '"':
            match = LITERAL.match(text, i)
            i = match.end() if match else i + 1
            continue
        if c == "'":
            match = re.compile(r"'(?:[^'\\]|\\.)*'").match(text, i)
            i = match.end() if match else i + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(text)


def blank_translated(text):
    """tr(...) and its kind become spaces: their literals are fine."""
    while True:
        match = TRANSLATING.search(text)
        if not match:
            return text
        end = closing(text, match.end())
        text = text[:match.start()] + " " * (end + 1 - match.start()) + text[end + 1:]


def enclosing_calls(text, at):
    """The names of the calls around position `at`, innermost first."""
    names = []
    depth = 0
    for i in range(at - 1, -1, -1):
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                names.append(re.search(r"([\w:]*)\s*$", text[:i]).group(1))
            else:
                depth -= 1
    return names


def scan_source(path, root):
    problems = []
    text = strip_comments(path.read_text(encoding="utf-8"))
    for call in CALL.finditer(text):
        end = closing(text, call.end())
        arguments = blank_translated(text[call.end():end])
        for literal in LITERAL.finditer(arguments):
            shown = literal.group(0)
            if not has_words(shown) or shown in ALLOWED:
                continue
            if not set(enclosing_calls(arguments, literal.start())) <= WRAPPERS:
                continue
            line = text.count("\n", 0, call.start() + literal.start()) + 1
            problems.append(f"{path.relative_to(root)}:{line}: {call.group(1)}(...) shows "
                            f"{shown} without tr()")
    return problems


def scan_form(path, root):
    problems = []
    for prop in ElementTree.parse(path).getroot().iter("property"):
        string = prop.find("string")
        if (prop.get("name") in UI_VISIBLE and string is not None
                and string.get("notr") == "true" and LETTER.search(string.text or "")):
            problems.append(f"{path.relative_to(root)}: property {prop.get('name')} "
                            f"\"{string.text}\" is marked notr=\"true\" but is shown")
    return problems


def main():
    root = pathlib.Path(sys.argv[1])
    problems = []
    for path in sorted((root / "src" / "gui").rglob("*.cpp")):
        problems += scan_source(path, root)
    for path in sorted((root / "ui").glob("*.ui")):
        problems += scan_form(path, root)
    for problem in problems:
        print("error: " + problem)
    if problems:
        print(f"{len(problems)} text(s) a user sees are not translated: put them in tr() "
              "(or, if one must stay as it is, into ALLOWED in this script with the reason)")
        return 1
    print("every text a user sees goes through tr()")
    return 0


if __name__ == "__main__":
    sys.exit(main())
