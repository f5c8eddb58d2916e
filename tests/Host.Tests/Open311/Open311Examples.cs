using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace CaseFlow.Host.Tests.Open311;

/// <summary>
/// The example documents of the GeoReport v2 specification (http://wiki.open311.org/GeoReport_v2), each in JSON and XML, and the
/// shape of a document: every path of names it holds (list items as <c>[]</c> in JSON, elements by name in XML), so that an answer
/// is checked to hold every field the specification's example holds, where it holds it.
/// </summary>
internal static class Open311Examples
{
    public const string DiscoveryJson = """
        {"changeset":"2011-04-05 17:48","contact":"You can email or call for assistance api@sfgov.org +1 (555) 555-5555","key_service":"You can request a key here: http://api.sfgov.org/request_api_key","endpoints":[{"specification":"http://wiki.open311.org/GeoReport_v2","url":"http://open311.sfgov.org/dev/v2","changeset":"2011-04-20 14:35","type":"test","formats":["text/xml","application/json"]}]}
        """;

    public const string DiscoveryXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <discovery><changeset>2011-04-05 17:48</changeset><contact>You can email or call for assistance api@sfgov.org +1 (555) 555-5555</contact><key_service>You can request a key here: http://api.sfgov.org/request_api_key</key_service><endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification><url>http://open311.sfgov.org/dev/v2</url><changeset>2011-04-20 14:35</changeset><type>test</type><formats><format>text/xml</format><format>application/json</format></formats></endpoint></endpoints></discovery>
        """;

    public const string ServicesJson = """
        [{"service_code":"001","service_name":"Cans left out 24x7","description":"Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.","metadata":true,"type":"realtime","keywords":"lorem, ipsum, dolor","group":"sanitation"}]
        """;

    public const string ServicesXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <services><service><service_code>001</service_code><service_name>Cans left out 24x7</service_name><description>Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.</description><metadata>true</metadata><type>realtime</type><keywords>lorem, ipsum, dolor</keywords><group>sanitation</group></service></services>
        """;

    public const string ServiceDefinitionJson = """
        {"service_code":"DMV66","attributes":[{"variable":true,"code":"WHISHETN","datatype":"singlevaluelist","required":true,"datatype_description":null,"order":1,"description":"What is the ticket/tag/DL number?","values":[{"key":123,"name":"Ford"},{"key":124,"name":"Chrysler"}]}]}
        """;

    public const string ServiceDefinitionXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <service_definition><service_code>DMV66</service_code><attributes><attribute><variable>true</variable><code>WHISHETN</code><datatype>singlevaluelist</datatype><required>true</required><datatype_description></datatype_description><order>1</order><description>What is the ticket/tag/DL number?</description><values><value><key>123</key><name>Ford</name></value><value><key>124</key><name>Chrysler</name></value></values></attribute></attributes></service_definition>
        """;

    public const string PostResponseJson = """
        [{"service_request_id":293944,"service_notice":"The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code","account_id":null}]
        """;

    public const string PostResponseXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <service_requests><request><service_request_id>293944</service_request_id><service_notice>The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code</service_notice><account_id/></request></service_requests>
        """;

    public const string RequestsJson = """
        [{"service_request_id":638344,"status":"closed","status_notes":"Duplicate request.","service_name":"Sidewalk and Curb Issues","service_code":"006","description":null,"agency_responsible":null,"service_notice":null,"requested_datetime":"2010-04-14T06:37:38-08:00","updated_datetime":"2010-04-14T15:37:38-08:00","expected_datetime":"2010-04-15T06:37:38-08:00","address":"8TH AVE and JUDAH ST","address_id":545483,"zipcode":94122,"lat":37.762221815,"long":-122.4651145,"media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"}]
        """;

    public const string RequestsXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <service_requests><request><service_request_id>638344</service_request_id><status>closed</status><status_notes>Duplicate request.</status_notes><service_name>Sidewalk and Curb Issues</service_name><service_code>006</service_code><description></description><agency_responsible></agency_responsible><service_notice></service_notice><requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime><updated_datetime>2010-04-14T15:37:38-08:00</updated_datetime><expected_datetime>2010-04-15T06:37:38-08:00</expected_datetime><address>8TH AVE and JUDAH ST</address><address_id>545483</address_id><zipcode>94122</zipcode><lat>37.762221815</lat><long>-122.4651145</long><media_url>http://city.gov.s3.amazonaws.com/requests/media/638344.jpg</media_url></request></service_requests>
        """;

    public const string ErrorsJson = """
        [{"code":403,"description":"Invalid api_key received -- can't proceed with create_request."},{"code":404,"description":"Whatever"}]
        """;

    public const string ErrorsXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <errors><error><code>403</code><description>Invalid api_key received -- can't proceed with create_request.</description></error><error><code>404</code><description>Whatever</description></error></errors>
        """;

    /// <summary>Every path of names a JSON document holds.</summary>
    public static ISet<string> Shape(JsonNode? node)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(node, "", paths);
        return paths;
    }

    /// <summary>Every path of element names an XML document holds, from its root.</summary>
    public static ISet<string> Shape(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SortedSet<string>(document.Root!.DescendantsAndSelf().Select(e => string.Join('/', e.AncestorsAndSelf().Reverse().Select(a => a.Name.LocalName))), StringComparer.Ordinal);
    }

    private static void Walk(JsonNode? node, string path, ISet<string> paths)
    {
        switch (node)
        {
            case JsonArray array:
                paths.Add(path + "[]");
                foreach (var item in array)
                {
                    Walk(item, path + "[]", paths);
                }

                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    paths.Add($"{path}.{key}");
                    Walk(value, $"{path}.{key}", paths);
                }

                break;
        }
    }
}
