#include "export/CsvRecordRow.h"

#include "model/Vocabulary.h"
#include "storage/StorageError.h"
#include "util/Translated.h"

#include <cstring>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sqlite3.h>

namespace csv_record {

namespace {

// Objects keep their members in the stored order: lists of answers are
// written in the order the record gives them.
using Json = nlohmann::ordered_json;

// The value at a path of object members; null when there is none.
const Json* at(const Json& document, std::initializer_list<std::string_view> path)
{
    const Json* node = &document;
    for (const std::string_view key : path) {
        if (!node->is_object()) {
            return nullptr;
        }
        const auto found = node->find(key);
        if (found == node->end()) {
            return nullptr;
        }
        node = &*found;
    }
    return node;
}

bool isNull(const Json* value)
{
    return value == nullptr || value->is_null();
}

// Equal to the SQL number n, as SQLite compares a JSON value it extracted
// (a JSON true is 1, false 0; text never equals a number).
bool equalsNumber(const Json* value, int n)
{
    if (value == nullptr) {
        return false;
    }
    switch (value->type()) {
    case Json::value_t::boolean:
        return int(value->get<bool>()) == n;
    case Json::value_t::number_integer:
        return value->get<std::int64_t>() == n;
    case Json::value_t::number_unsigned:
        return n >= 0 && value->get<std::uint64_t>() == std::uint64_t(n);
    case Json::value_t::number_float:
        return value->get<double>() == double(n);
    default:
        return false;
    }
}

bool equalsText(const Json* value, std::string_view text)
{
    return value != nullptr && value->is_string() && value->get_ref<const std::string&>() == text;
}

// A value as SQLite's json_extract turns it into text: strings unquoted,
// true and false as 1 and 0, numbers as SQLite writes an INTEGER or a REAL,
// objects and arrays as compact JSON. Appends nothing for null.
void appendValue(std::string& out, const Json* value)
{
    if (isNull(value)) {
        return;
    }
    switch (value->type()) {
    case Json::value_t::string:
        out += value->get_ref<const std::string&>();
        return;
    case Json::value_t::boolean:
        out += value->get<bool>() ? '1' : '0';
        return;
    case Json::value_t::number_integer:
        out += std::to_string(value->get<std::int64_t>());
        return;
    case Json::value_t::number_unsigned:
        out += std::to_string(value->get<std::uint64_t>());
        return;
    case Json::value_t::number_float: {
        char text[64];
        sqlite3_snprintf(sizeof text, text, "%!.15g", value->get<double>());
        out += text;
        return;
    }
    default:
        out += value->dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
    }
}

// Collects a ';'-separated list; "no list" (an SQL NULL) until something is
// added, as group_concat gives NULL for no rows.
class List
{
public:
    void addText(std::string_view text)
    {
        separate();
        m_text += text;
    }
    void addValue(const Json* value)
    {
        if (isNull(value)) {
            return; // group_concat skips NULLs
        }
        separate();
        appendValue(m_text, value);
    }
    bool empty() const { return !m_started; }
    const std::string& text() const { return m_text; }

private:
    void separate()
    {
        if (m_started) {
            m_text += ';';
        }
        m_started = true;
    }

    bool m_started = false;
    std::string m_text;
};

// Calls visit(key, value) for each member of an object (json_each's rows);
// an array's elements have their index as key. A scalar has no key.
template <typename Visit> void eachMember(const Json* container, Visit visit)
{
    if (container == nullptr) {
        return;
    }
    if (container->is_object()) {
        for (auto item = container->begin(); item != container->end(); ++item) {
            visit(std::optional<std::string>(item.key()), &item.value());
        }
    } else if (container->is_array()) {
        for (std::size_t i = 0; i < container->size(); ++i) {
            visit(std::optional<std::string>(std::to_string(i)), &(*container)[i]);
        }
    }
}

// The values of a list (or of an object's members, or a single value).
List listOf(const Json* container)
{
    List list;
    if (container == nullptr) {
        return list;
    }
    if (container->is_object() || container->is_array()) {
        for (const auto& value : *container) {
            list.addValue(&value);
        }
    } else {
        list.addValue(container);
    }
    return list;
}

// The keys of a block of booleans whose answer is true.
List yesAnswers(const Json* block)
{
    List list;
    eachMember(block, [&](const std::optional<std::string>& key, const Json* value) {
        if (key && equalsNumber(value, 1)) {
            list.addText(*key);
        }
    });
    return list;
}

// One screening or precaution question: yes, no, or empty when it was not
// asked. Records keep their format: a version 2 answer is "yes" or "no"; a
// version 1 flag is true ("yes") or false or absent, which version 1 could
// not tell apart: not asked (the spec's reading of version 1).
std::string_view answer(const Json& record, const vocabulary::QuestionField& question)
{
    const Json* given = at(record, {question.block, question.field});
    if (isNull(given)) {
        if (question.field == vocabulary::wordOf(vocabulary::Question::PainUnchangedByMovement)) {
            given = nullptr;
            if (equalsNumber(at(record, {"pain", "changes_with_movement"}), 0)) {
                return "yes";
            }
        } else {
            // Version 1 kept the screening questions it had as red_flags.
            given = at(record, {question.block == "screening" ? "red_flags" : question.block,
                                question.field});
        }
    }
    if (equalsText(given, "yes") || equalsNumber(given, 1)) {
        return "yes";
    }
    if (equalsText(given, "no")) {
        return "no";
    }
    return {};
}

std::string_view yesNo(bool yes)
{
    return yes ? "yes" : "no";
}

class Cells
{
public:
    explicit Cells(std::string& out) : m_out(out) {}

    void text(std::string_view value)
    {
        separate();
        appendCell(m_out, value);
    }
    void number(qint64 value) { text(std::to_string(value)); }
    void value(const Json* value)
    {
        m_scratch.clear();
        appendValue(m_scratch, value);
        text(m_scratch);
    }
    void list(const List& list) { text(list.text()); }

private:
    void separate()
    {
        if (m_started) {
            m_out += ',';
        }
        m_started = true;
    }

    std::string& m_out;
    std::string m_scratch;
    bool m_started = false;
};

Json parsed(std::string_view text, const ExportSource::CurrentRow& row)
{
    Json document = Json::parse(text.begin(), text.end(), nullptr, false);
    if (document.is_discarded()) {
        throw StorageError(
            StorageError::Kind::Corrupt,
            translated::fill(QCoreApplication::translate(
                                 "CsvRecordRow", "intake %1 version %2: the stored record is "
                                                 "damaged (run check); nothing was exported"),
                             row.intakeId, row.version));
    }
    return document;
}

} // namespace

QStringList columnNames()
{
    QStringList names = {
        QStringLiteral("intake_id"),
        QStringLiteral("status"),
        QStringLiteral("refer_out"),
        QStringLiteral("visit_date"),
        QStringLiteral("format"),
        QStringLiteral("client_name"),
        QStringLiteral("date_of_birth"),
        QStringLiteral("phone"),
        QStringLiteral("email"),
        QStringLiteral("pain_locations"),
        QStringLiteral("pain_intensity"),
        QStringLiteral("duration_weeks"),
        QStringLiteral("acuity"),
        QStringLiteral("radiates_to"),
        QStringLiteral("changes_with_movement"),
        QStringLiteral("sciatica"),
        QStringLiteral("muscle_findings"),
        QStringLiteral("red_flags"),
        QStringLiteral("precautions"),
        QStringLiteral("nerve_symptoms"),
    };
    for (const auto& question : vocabulary::kQuestionFields) {
        names << QString::fromUtf8(question.field.data(), qsizetype(question.field.size()));
    }
    names << QStringList{
        QStringLiteral("avoid_areas"),
        QStringLiteral("clearance_date"),
        QStringLiteral("clearance_codes"),
        QStringLiteral("clearance_by"),
        QStringLiteral("pressure_preference"),
        QStringLiteral("suggested_approach"),
        QStringLiteral("urgency"),
        QStringLiteral("suggested_pressure"),
        QStringLiteral("screening_complete"),
        QStringLiteral("cleared"),
        QStringLiteral("focus_areas"),
        QStringLiteral("cautions"),
        QStringLiteral("home_care"),
        QStringLiteral("rules_version"),
        QStringLiteral("review_decision"),
        QStringLiteral("final_approach"),
        QStringLiteral("final_pressure"),
        QStringLiteral("reviewer"),
        QStringLiteral("reviewed_at"),
        QStringLiteral("override_reason"),
        QStringLiteral("session_note"),
        QStringLiteral("notes"),
        QStringLiteral("version"),
        QStringLiteral("created_at"),
    };
    return names;
}

QStringList frenchColumnNames()
{
    // Data, not a catalogue: --labels fr asks for French headers whatever
    // language the messages are in.
    static const std::map<QString, QString> kFrench = {
        {"intake_id", "N° de fiche"},
        {"status", "Statut"},
        {"refer_out", "Orientation vers un médecin"},
        {"visit_date", "Date de la visite"},
        {"format", "Format"},
        {"client_name", "Nom du client"},
        {"date_of_birth", "Date de naissance"},
        {"phone", "Téléphone"},
        {"email", "Courriel"},
        {"pain_locations", "Siège de la douleur"},
        {"pain_intensity", "Intensité de la douleur"},
        {"duration_weeks", "Durée (semaines)"},
        {"acuity", "Stade"},
        {"radiates_to", "Irradie vers"},
        {"changes_with_movement", "Varie avec le mouvement"},
        {"sciatica", "Sciatique"},
        {"muscle_findings", "Constats musculaires"},
        {"red_flags", "Signaux d'alarme"},
        {"precautions", "Précautions"},
        {"nerve_symptoms", "Symptômes neurologiques"},
        {"saddle_numbness", "Anesthésie en selle"},
        {"bladder_or_bowel_change", "Trouble vésical ou intestinal"},
        {"sexual_dysfunction", "Dysfonction sexuelle"},
        {"symptoms_in_both_legs", "Symptômes aux deux jambes"},
        {"progressive_leg_weakness", "Faiblesse progressive des jambes"},
        {"fever_or_unwell", "Fièvre ou malaise"},
        {"immunosuppressed", "Immunodéprimé"},
        {"injects_drugs", "Drogues injectables (usage)"},
        {"cancer_history", "Antécédents de cancer"},
        {"unexplained_weight_loss", "Perte de poids inexpliquée"},
        {"constant_night_pain", "Douleur nocturne constante"},
        {"recent_major_trauma", "Traumatisme majeur récent"},
        {"recent_minor_fall", "Chute mineure récente"},
        {"cannot_bear_weight", "Incapable de mise en charge"},
        {"calf_swelling", "Enflure du mollet"},
        {"chest_pain_or_breathlessness", "Douleur thoracique ou essoufflement"},
        {"sudden_severe_pain", "Douleur intense soudaine"},
        {"pain_unchanged_by_movement", "Douleur inchangée par le mouvement"},
        {"severe_headache", "Céphalée intense"},
        {"dizziness_or_neuro_signs", "Étourdissements ou signes neurologiques"},
        {"anticoagulants", "Anticoagulants"},
        {"pregnancy", "Grossesse"},
        {"osteoporosis", "Ostéoporose"},
        {"long_term_steroids", "Corticostéroïdes à long terme"},
        {"recent_surgery", "Chirurgie récente"},
        {"dvt_history", "Antécédents de TVP"},
        {"skin_condition_in_area", "Affection cutanée de la zone"},
        {"varicose_veins", "Varices"},
        {"avoid_areas", "Zones à éviter"},
        {"clearance_date", "Date de l'autorisation médicale"},
        {"clearance_codes", "Codes de l'autorisation"},
        {"clearance_by", "Autorisation signée par"},
        {"pressure_preference", "Pression préférée"},
        {"suggested_approach", "Approche suggérée"},
        {"urgency", "Urgence"},
        {"suggested_pressure", "Pression suggérée"},
        {"screening_complete", "Dépistage complet"},
        {"cleared", "Autorisé"},
        {"focus_areas", "Muscles ciblés"},
        {"cautions", "Mises en garde"},
        {"home_care", "Conseils d'autosoins"},
        {"rules_version", "Version des règles"},
        {"review_decision", "Décision de révision"},
        {"final_approach", "Approche retenue"},
        {"final_pressure", "Pression retenue"},
        {"reviewer", "Réviseur"},
        {"reviewed_at", "Révisé le"},
        {"override_reason", "Raison du remplacement"},
        {"session_note", "Note de séance"},
        {"notes", "Notes"},
        {"version", "Version"},
        {"created_at", "Créé le"},
    };
    QStringList names;
    for (const QString& name : columnNames()) {
        const auto french = kFrench.find(name);
        names << (french != kFrench.end() ? french->second : name);
    }
    return names;
}

void appendRow(std::string& out, const ExportSource::CurrentRow& row)
{
    const Json record = parsed(row.recordJson, row);
    const Json result = parsed(row.resultJson, row);
    Cells cells(out);
    cells.number(row.intakeId);
    cells.text(row.status);
    cells.text(yesNo(row.referOut == 1));
    cells.text(row.visitDate);
    cells.value(at(record, {"format"}));
    cells.value(at(record, {"client", "name"}));
    cells.value(at(record, {"client", "date_of_birth"}));
    cells.value(at(record, {"client", "phone"}));
    cells.value(at(record, {"client", "email"}));
    cells.list(listOf(at(record, {"pain", "locations"})));
    cells.value(at(record, {"pain", "intensity"}));
    cells.value(at(record, {"pain", "duration_weeks"}));
    cells.value(at(result, {"acuity"}));
    cells.list(listOf(at(record, {"pain", "radiates_to"})));

    // Version 1's columns keep their meaning for both formats.
    if (const Json* changes = at(record, {"pain", "changes_with_movement"})) {
        cells.text(yesNo(equalsNumber(changes, 1)));
    } else {
        const Json* unchanged = at(record, {"screening", "pain_unchanged_by_movement"});
        cells.text(equalsText(unchanged, "yes") ? "no" : equalsText(unchanged, "no") ? "yes" : "");
    }
    const Json* nerves = at(record, {"nerve_symptoms"});
    const Json* sciatica = at(record, {"sciatica"});
    List legs = yesAnswers(sciatica);
    if (legs.empty()) {
        // Version 2's leg symptoms in version 1's words.
        eachMember(nerves, [&](const std::optional<std::string>& key, const Json* value) {
            if (key && equalsNumber(value, 1)) {
                if (*key == "shooting_leg_pain") {
                    legs.addText(*key);
                } else if (*key == "leg_numbness_or_tingling") {
                    legs.addText("numbness_or_tingling");
                }
            }
        });
    }
    cells.list(legs);
    cells.list(yesAnswers(at(record, {"muscle_findings"})));
    List redFlags = yesAnswers(at(record, {"red_flags"}));
    if (redFlags.empty()) {
        eachMember(at(record, {"screening"}),
                   [&](const std::optional<std::string>& key, const Json* value) {
                       if (key && equalsText(value, "yes")) {
                           redFlags.addText(*key);
                       }
                   });
    }
    cells.list(redFlags);
    List precautions;
    eachMember(at(record, {"precautions"}),
               [&](const std::optional<std::string>& key, const Json* value) {
                   if (key && (equalsNumber(value, 1) || equalsText(value, "yes"))) {
                       precautions.addText(*key);
                   }
               });
    cells.list(precautions);
    List nerveSymptoms = yesAnswers(nerves);
    if (nerveSymptoms.empty()) {
        // Version 1's sciatica in version 2's words.
        eachMember(sciatica, [&](const std::optional<std::string>& key, const Json* value) {
            if (key && equalsNumber(value, 1)) {
                nerveSymptoms.addText(*key == "numbness_or_tingling" ? "leg_numbness_or_tingling"
                                                                     : *key);
            }
        });
    }
    cells.list(nerveSymptoms);

    // One column per question, named by its id, in the spec's order.
    for (const auto& question : vocabulary::kQuestionFields) {
        cells.text(answer(record, question));
    }

    cells.list(listOf(at(record, {"avoid_areas"})));
    cells.value(at(record, {"medical_clearance", "date"}));
    cells.list(listOf(at(record, {"medical_clearance", "for"})));
    cells.value(at(record, {"medical_clearance", "by"}));
    cells.value(at(record, {"pressure_preference"}));
    cells.text(row.approach);
    cells.text(row.urgency);
    cells.text(row.pressure);
    // A suggestion made before clinic-intake/2 has no screening part: its
    // record is version 1, whose screening is never complete.
    cells.text(yesNo(equalsNumber(at(result, {"screening", "complete"}), 1)));
    cells.list(listOf(at(result, {"cleared"})));
    cells.list(listOf(at(result, {"focus_areas"})));
    List cautions;
    const Json* cautionList = at(result, {"cautions"});
    if (cautionList != nullptr && (cautionList->is_array() || cautionList->is_object())) {
        for (const auto& caution : *cautionList) {
            cautions.addValue(at(caution, {"code"}));
        }
    }
    cells.list(cautions);
    cells.list(listOf(at(result, {"home_care"})));
    cells.text(row.rulesVersion);
    cells.text(row.decision);
    cells.text(row.finalApproach);
    cells.text(row.finalPressure);
    cells.text(row.reviewer);
    cells.text(row.reviewedAt);
    cells.text(row.reason);
    cells.text(row.sessionNote);
    cells.value(at(record, {"notes"}));
    cells.number(row.version);
    cells.text(row.createdAt);
    out += "\r\n";
}

void appendCell(std::string& out, std::string_view value)
{
    // A cell a spreadsheet would run as a formula is kept as text.
    const bool formula = !value.empty() && std::strchr("=+-@\t\r", value.front()) != nullptr;
    const bool needsQuotes = value.find_first_of(",\"\r\n") != std::string_view::npos;
    if (needsQuotes) {
        out += '"';
    }
    if (formula) {
        out += '\'';
    }
    for (const char c : value) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    if (needsQuotes) {
        out += '"';
    }
}

} // namespace csv_record
