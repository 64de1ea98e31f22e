package com.ecommerce.system.fuzz;

import java.util.List;

/**
 * One generated request, with what is needed to send it again by hand.
 *
 * @param index       its number in the run: with the seed, it regenerates the same request
 * @param persona     who sends it (anonymous, customer, admin)
 * @param operation   the documented operation it was generated from
 * @param method      the method actually sent (now and then not the documented one)
 * @param pathAndQuery gateway-relative, already encoded
 * @param headers     name, value, name, value…
 * @param body        the body, or null for none
 */
record FuzzRequest(int index, Persona persona, ApiOperation operation, String method, String pathAndQuery,
        List<String> headers, String body) {

    enum Persona { ANONYMOUS, CUSTOMER, ADMIN }

    /** The request as a curl command line (body shortened), for the failure report. */
    String curl(String gateway) {
        StringBuilder curl = new StringBuilder("curl -X ").append(method);
        for (int i = 0; i < headers.size(); i += 2) {
            String value = headers.get(i).equals("Authorization") ? "<" + persona.name().toLowerCase() + " token>" : headers.get(i + 1);
            curl.append(" -H '").append(headers.get(i)).append(": ").append(value).append('\'');
        }
        if (body != null) {
            String shown = body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body;
            curl.append(" --data '").append(shown.replace("'", "'\\''")).append('\'');
        }
        return curl.append(" '").append(gateway).append(pathAndQuery).append('\'').toString();
    }
}
