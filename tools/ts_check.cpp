// rabeg-ts-check FILE.ts [--allow-same WORD ...]
// Fails when a translation file has an unfinished or empty translation, or one that is a mere copy of its
// English source (which is how untranslated strings slip through). Codes and proper nouns that read the same in
// both languages are listed in i18n/same-in-both.txt and passed with --allow-same-file.
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        std::fputs("usage: rabeg-ts-check FILE.ts [--allow-same-file FILE]\n", stderr);
        return 2;
    }
    const QString tsPath = args.takeFirst();
    QSet<QString> allowed;
    if (args.size() == 2 && args.first() == QLatin1String("--allow-same-file")) {
        QFile list(args.at(1));
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
            return 2;
        }
        for (const QByteArray &line : list.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (!text.isEmpty() && !text.startsWith(QLatin1Char('#')))
                allowed.insert(text);
        }
    }
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(tsPath));
        return 2;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int problems = 0;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                xml.skipCurrentElement();
                continue;
            }
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const char *problem = nullptr;
            if (type == QLatin1String("unfinished"))
                problem = "unfinished";
            else if (translation.trimmed().isEmpty())
                problem = "empty";
            else if (translation == source && !allowed.contains(source))
                problem = "a copy of the English source";
            if (problem) {
                ++problems;
                std::fprintf(stderr, "%s: [%s] \"%s\" is %s\n", qPrintable(tsPath), qPrintable(context),
                             qPrintable(source.left(80)), problem);
            }
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "%s: not a valid .ts file: %s\n", qPrintable(tsPath), qPrintable(xml.errorString()));
        return 2;
    }
    std::printf("%s: %d messages, %d problems\n", qPrintable(tsPath), messages, problems);
    return problems == 0 ? 0 : 1;
}
