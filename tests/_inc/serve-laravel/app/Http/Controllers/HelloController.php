<?php
namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;
use Illuminate\Support\Facades\Cookie;

class HelloController extends Controller
{
    /** Requests this worker served: state the application keeps on purpose (a static). */
    public static int $served = 0;

    public function index(Request $request)
    {
        $seen = [
            'config' => config('app.leak'),
            'locale' => app()->getLocale(),
            'session' => $request->session()->get('leak'),
        ];
        // What one request changes in the configuration, the locale and its session is undone
        // (or kept in that session) for the next.
        config(['app.leak' => $request->query('name')]);
        app()->setLocale('fr');
        $request->session()->put('leak', $request->query('name'));
        Cookie::queue('lv', 'yes', 10);
        return response()->json([
            'name' => $request->query('name'),
            'form' => $request->post(),
            'json' => $request->isJson() ? $request->json()->all() : null,
            'input' => $request->input('x'),
            'cookies' => $request->cookies->all(),
            'method' => $request->method(),
            'uri' => $request->getRequestUri(),
            'url' => url('/users/1'),
            'client' => $request->ip(),
            'seen before reset' => array_filter($seen, fn($v) => $v !== null && $v !== 'en'),
            'served' => self::$served++,
        ]);
    }

    public function user(int $id)
    {
        return "user $id\n";
    }

    /** Counts per session: two clients each see only their own. */
    public function session(Request $request)
    {
        $n = $request->session()->get('n', 0) + 1;
        $request->session()->put('n', $n);
        if ($request->query('who')) $request->session()->put('who', $request->query('who'));
        return response()->json(['n' => $n, 'who' => $request->session()->get('who')]);
    }

    public function upload(Request $request)
    {
        $file = $request->file('doc');
        $size = $file->getSize();
        $dir = sys_get_temp_dir() . '/edges-laravel-' . getmypid();
        $moved = $file->move($dir, 'moved.txt');
        $intact = file_get_contents($moved->getPathname()) === str_repeat('l', $size);
        unlink($moved->getPathname());
        rmdir($dir);
        return "{$file->getClientOriginalName()} $size bytes, field {$request->input('field')}, moved: "
            . ($intact ? 'intact' : 'damaged') . "\n";
    }

    public function stream()
    {
        return response()->stream(function () {
            for ($i = 0; $i < 3; $i++) {
                echo "part $i\n";
                flush();
            }
        });
    }

    public function fail()
    {
        throw new \DomainException('thrown by a controller');
    }
}
